package vn.minhbach.exchange;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.identity.IdentityProperties;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The directory of agencies of other installations: who they are, where their installation
 * receives packages, and the certificate their packages are signed with. Edited by the system
 * administrator, or imported from the file another installation exports of its own agencies
 * (the same format this installation exports).
 */
@Service
public class ExchangeDirectory {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final OrganizationDirectory organization;

	private final PackageSignatures signatures;

	private final IdentityProperties identity;

	private final AuditLog audit;

	private final Clock clock;

	ExchangeDirectory(JdbcClient jdbc, OrganizationDirectory organization, PackageSignatures signatures,
			IdentityProperties identity, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.signatures = signatures;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** One entry of a directory file. */
	public record Entry(String organId, String name, String endpointUrl, String certificatePem) {
	}

	@Transactional(readOnly = true)
	public List<Peer> peers() {
		return jdbc.sql("select * from exchange_peer order by name").query((rs, n) -> map(rs)).list();
	}

	@Transactional(readOnly = true)
	public Optional<Peer> peer(String organId) {
		return jdbc.sql("select * from exchange_peer where organ_id = :id").param("id", organId).query((rs, n) -> map(rs))
			.optional();
	}

	@Transactional
	public Peer save(Entry entry) {
		Access.require(null, Role.SYSTEM_ADMIN);
		Entry valid = validate(entry);
		upsert(valid);
		audit.record(AuditRecord.of("EXCHANGE_PEER_SAVED", "exchange_peer", valid.organId()).detail("endpoint",
				valid.endpointUrl()));
		return peer(valid.organId()).orElseThrow();
	}

	@Transactional
	public void remove(String organId) {
		Access.require(null, Role.SYSTEM_ADMIN);
		if (jdbc.sql("delete from exchange_peer where organ_id = :id").param("id", organId).update() == 0) {
			throw new NotFoundException("error.notFound.peer");
		}
		audit.record(AuditRecord.of("EXCHANGE_PEER_REMOVED", "exchange_peer", organId));
	}

	/** Imports a directory file (JSON list of entries), all or nothing; returns how many entries it held. */
	@Transactional
	public int importFile(byte[] json) {
		Access.require(null, Role.SYSTEM_ADMIN);
		List<Entry> entries;
		try {
			entries = JSON.readValue(json, new TypeReference<List<Entry>>() {
			});
		}
		catch (RuntimeException ex) {
			throw new BusinessRuleViolation("error.exchange.directoryFile");
		}
		List<Entry> valid = new ArrayList<>();
		for (Entry entry : entries) {
			valid.add(validate(entry));
		}
		valid.forEach(this::upsert);
		audit.record(AuditRecord.of("EXCHANGE_DIRECTORY_IMPORTED", "exchange_peer", "*").detail("entries", valid.size()));
		return valid.size();
	}

	/** This installation's own agencies as a directory file, for the other installations to import. */
	@Transactional(readOnly = true)
	public List<Entry> ownEntries() {
		String endpoint = endpoint();
		List<Entry> entries = new ArrayList<>();
		for (Agency agency : organization.agencies()) {
			if (agency.getCode() != null && agency.isActive()) {
				entries.add(new Entry(agency.getCode(), agency.getName(), endpoint,
						PackageSignatures.pem(signatures.certificateOf(agency))));
			}
		}
		return entries;
	}

	/** The address other installations deliver packages to here. */
	public String endpoint() {
		return UriComponentsBuilder.fromUri(identity.publicUrl()).path("/exchange/edxml").build().toUriString();
	}

	@Transactional
	public void reached(String organId) {
		jdbc.sql("update exchange_peer set last_success_at = :now, unreachable_since = null where organ_id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", organId)
			.update();
	}

	@Transactional
	public void missed(String organId) {
		jdbc.sql("update exchange_peer set unreachable_since = coalesce(unreachable_since, :now) where organ_id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", organId)
			.update();
	}

	private Entry validate(Entry entry) {
		if (entry == null || entry.organId() == null || !entry.organId().strip().matches("[0-9A-Z.]{5,30}")) {
			throw new BusinessRuleViolation("error.exchange.organId", entry == null ? "" : String.valueOf(entry.organId()));
		}
		if (entry.name() == null || entry.name().isBlank()) {
			throw new BusinessRuleViolation("error.exchange.name", entry.organId());
		}
		URI endpoint;
		try {
			endpoint = URI.create(entry.endpointUrl() == null ? "" : entry.endpointUrl().strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleViolation("error.exchange.endpoint", entry.organId());
		}
		if (endpoint.getHost() == null || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
			throw new BusinessRuleViolation("error.exchange.endpoint", entry.organId());
		}
		PackageSignatures.certificate(entry.certificatePem());
		return new Entry(entry.organId().strip(), entry.name().strip(), endpoint.toString(), entry.certificatePem().strip());
	}

	private void upsert(Entry entry) {
		jdbc.sql("""
				insert into exchange_peer (organ_id, name, endpoint_url, certificate_pem) values (:id, :name, :url, :pem)
				on conflict (organ_id) do update set name = excluded.name, endpoint_url = excluded.endpoint_url,
				  certificate_pem = excluded.certificate_pem, active = true, updated_at = now()
				""")
			.param("id", entry.organId())
			.param("name", entry.name())
			.param("url", entry.endpointUrl())
			.param("pem", entry.certificatePem())
			.update();
	}

	private static Peer map(java.sql.ResultSet rs) throws java.sql.SQLException {
		Timestamp success = rs.getTimestamp("last_success_at");
		Timestamp unreachable = rs.getTimestamp("unreachable_since");
		return new Peer(rs.getString("organ_id"), rs.getString("name"), rs.getString("endpoint_url"),
				rs.getString("certificate_pem"), rs.getBoolean("active"), success == null ? null : success.toInstant(),
				unreachable == null ? null : unreachable.toInstant());
	}

	Instant now() {
		return clock.instant();
	}
}
