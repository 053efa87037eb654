/**
 * Demo data for a first look at the product: the 2020 structure of Quảng Nam → Núi Thành → Tam
 * Anh Nam, two agencies with their departments and leaders, a demo account for every role and
 * two citizens. Loaded through the modules' own services, on the embedded database's first start
 * only (or when {@code minhbach.demo-data=always}), never on an external database by default.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "organization", "identity", "platform", "catalog", "portal", "pdf" })
package vn.minhbach.demo;
