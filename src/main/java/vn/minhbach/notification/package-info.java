/**
 * Messages to people outside the transaction: e-mail through SMTP (or a logging adapter when no
 * mail server is configured) and SMS through a port (logging adapter by default). Messages are
 * written to an outbox in the caller's transaction and delivered after commit by a dispatcher
 * that claims rows, retries with back-off and never sends one message twice.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.minhbach.notification;
