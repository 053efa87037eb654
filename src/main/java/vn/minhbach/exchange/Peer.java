package vn.minhbach.exchange;

import java.time.Instant;

/**
 * An agency of another installation, as this installation knows it: its electronic
 * identification code, its name, the endpoint its installation receives packages at, and the
 * certificate (PEM) its packages are signed with.
 */
public record Peer(String organId, String name, String endpointUrl, String certificatePem, boolean active,
		Instant lastSuccessAt, Instant unreachableSince) {
}
