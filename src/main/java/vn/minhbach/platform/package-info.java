/**
 * Technical foundation shared by every module: the embedded PostgreSQL started when no external
 * database is configured, locale resolution, secure HTTP headers, error pages and RFC 9457
 * problem details. It knows no business concept.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.minhbach.platform;
