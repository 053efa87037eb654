/**
 * Attachments: a content-addressed store (SHA-256) on local disk under
 * {@code <data-dir>/files}, with content sniffing (the browser's claimed type is never
 * trusted), allowed types and size limits per use, and checksums verified on read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.minhbach.files;
