/**
 * The edXML codec: builds and strictly parses edXML packages and status messages.
 */
@org.springframework.modulith.NamedInterface("codec")
package vn.minhbach.exchange.codec;
