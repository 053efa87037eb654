/**
 * A handful of value types used across modules (citizen ID, phone number, Vietnamese text
 * folding, masking of personal data) and the domain exceptions the web layer maps to
 * localised errors. Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.minhbach.shared;
