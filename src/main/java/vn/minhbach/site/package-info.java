/**
 * The web shell: the public layout's agency header and footer, the home, about and contact
 * pages, the staff workspace with its role-based navigation and dashboard, and the switch
 * between agencies for staff who work for several.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "organization", "identity", "calendar", "audit" })
package vn.minhbach.site;
