package vn.minhbach.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registers and their numbering. A number is taken by incrementing the register's counter
 * with an {@code UPDATE … RETURNING}: the row stays locked until the issuing transaction ends, so
 * two clerks issuing at the same moment get consecutive numbers, and an issuance that fails rolls
 * the counter back with it — no number is lost, none is given twice.
 */
@Repository
class DocumentRegisters {

	private final JdbcClient jdbc;

	DocumentRegisters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The register for a document, created on first use in the year. */
	DocumentRegister registerFor(Long agencyId, int year, OfficialDocument.Direction direction, String series, String name) {
		jdbc.sql("""
				insert into document_register (agency_id, year, direction, series, name) values (:a, :y, :d, :s, :n)
				on conflict (agency_id, year, direction, series) do nothing
				""").param("a", agencyId).param("y", year).param("d", direction.name()).param("s", series).param("n", name)
			.update();
		return jdbc.sql("select * from document_register where agency_id = :a and year = :y and direction = :d and series = :s")
			.param("a", agencyId)
			.param("y", year)
			.param("d", direction.name())
			.param("s", series)
			.query((rs, n) -> map(rs))
			.single();
	}

	/** The next number of the register, taken inside the caller's transaction. */
	int next(long registerId) {
		return jdbc.sql("update document_register set last_number = last_number + 1 where id = :id returning last_number")
			.param("id", registerId)
			.query(Integer.class)
			.single();
	}

	Optional<DocumentRegister> byId(long id) {
		return jdbc.sql("select * from document_register where id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
	}

	List<DocumentRegister> ofAgency(Long agencyId) {
		return jdbc.sql("select * from document_register where agency_id = :a order by year desc, direction desc, series")
			.param("a", agencyId)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** The entries of a register in number order, for the register book. */
	List<OfficialDocument> entries(DocumentRegister register, Documents documents) {
		String order = register.direction() == OfficialDocument.Direction.OUTGOING ? "number" : "arrival_number";
		return jdbc.sql("select id from document where register_id = :r order by " + order)
			.param("r", register.id())
			.query(Long.class)
			.list()
			.stream()
			.map(id -> documents.byId(id).orElseThrow())
			.toList();
	}

	// --- the agency's notation settings ------------------------------------------------------

	Optional<String> abbreviation(Long agencyId) {
		return jdbc.sql("select abbreviation from document_agency_setting where agency_id = :a")
			.param("a", agencyId)
			.query(String.class)
			.optional();
	}

	boolean perType(Long agencyId) {
		return jdbc.sql("select per_type from document_agency_setting where agency_id = :a")
			.param("a", agencyId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void saveSettings(Long agencyId, String abbreviation, boolean perType) {
		jdbc.sql("""
				insert into document_agency_setting (agency_id, abbreviation, per_type) values (:a, :ab, :p)
				on conflict (agency_id) do update set abbreviation = excluded.abbreviation, per_type = excluded.per_type
				""").param("a", agencyId).param("ab", abbreviation).param("p", perType).update();
	}

	private static DocumentRegister map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DocumentRegister(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("year"),
				OfficialDocument.Direction.valueOf(rs.getString("direction")), rs.getString("series"), rs.getString("name"),
				rs.getInt("last_number"));
	}
}
