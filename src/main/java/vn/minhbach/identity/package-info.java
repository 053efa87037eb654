/**
 * Who is using the product: staff accounts whose roles are held within an agency, citizens who
 * registered themselves, login with lock-out, password reset by e-mail, bearer tokens for API
 * clients (the principal behind a token remembered for a few seconds, forgotten at once when the
 * account's access changes), and the security configuration of the whole web application (CSRF,
 * CSP, headers, sessions stored in PostgreSQL).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "organization", "notification", "platform" })
package vn.minhbach.identity;
