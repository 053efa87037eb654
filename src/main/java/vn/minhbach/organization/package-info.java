/**
 * The administration as it is organised: administrative units as a tree of any depth
 * (province → [district] → commune; two levels since 2025), agencies with their electronic
 * identification codes (QCVN 102:2016), their departments and positions, and the agency whose
 * public site this installation serves.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package vn.minhbach.organization;
