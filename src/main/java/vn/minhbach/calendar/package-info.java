/**
 * Working days: weekends, Vietnam's public holidays (solar and lunar, the lunar ones computed
 * with the Vietnamese calendar at UTC+7), the yearly official schedule kept as editable data,
 * office hours and the deadline arithmetic every other module uses.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package vn.minhbach.calendar;
