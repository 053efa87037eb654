package vn.minhbach.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

import vn.minhbach.shared.AfterCommit;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.VietnameseText;

/**
 * Stores procedures; lists of value objects are JSON columns. Writes check the version the editor
 * saw.
 *
 * <p>Search pages are kept in memory for {@link #SEARCHES_KEPT}: the catalog is small, read by
 * every citizen and changed a few times a day, and each search compares every word of every
 * published procedure (prefix, inside, one edit away) in PostgreSQL. Every save on this instance
 * empties them, at once and after its commit; other instances behind a load balancer show a
 * change when their pages expire. A kept page is shared between readers, who only read it.
 */
@Repository
class Procedures {

	/** How long a search page is kept. */
	static final Duration SEARCHES_KEPT = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final Cache<CatalogQuery, CatalogPage> searches = Caffeine.newBuilder()
		.expireAfterWrite(SEARCHES_KEPT)
		.maximumSize(2_000)
		.build();

	Procedures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Procedure save(Procedure procedure) {
		forgetSearches();
		Map<String, Object> params = new HashMap<>();
		ProcedureDetails d = procedure.details();
		params.put("agency", procedure.getAgencyId());
		params.put("code", d.code());
		params.put("name", d.name());
		params.put("field", d.field());
		params.put("level", d.level().name());
		params.put("implementing", d.implementingAgency());
		params.put("days", d.processingTime().days());
		params.put("count", d.processingTime().dayCount().name());
		params.put("note", d.processingTime().note());
		params.put("online", d.onlineLevel().name());
		params.put("channels", d.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
		params.put("fees", json(d.fees()));
		params.put("papers", json(d.papers()));
		params.put("result", d.result());
		params.put("conditions", d.conditions());
		params.put("legal", json(d.legalBasis()));
		params.put("schema", FormSchema.JSON.writeValueAsString(d.formSchema()));
		params.put("adminNote", d.adminNote());
		params.put("source", d.source());
		params.put("published", procedure.isPublished());
		params.put("publishedAt", procedure.getPublishedAt() == null ? null : Timestamp.from(procedure.getPublishedAt()));
		params.put("search", procedure.searchFolded());
		params.put("workflow", json(procedure.getWorkflow()));
		if (procedure.getId() == null) {
			Long id = jdbc.sql("""
					insert into catalog_procedure (agency_id, code, name, field, level, implementing_agency, processing_days,
					  processing_count, processing_note, online_level, channels, fees, papers, result, conditions, legal_basis,
					  form_schema, admin_note, source, published, published_at, search_folded, workflow)
					values (:agency, :code, :name, :field, :level, :implementing, :days, :count, :note, :online, :channels,
					  cast(:fees as jsonb), cast(:papers as jsonb), :result, :conditions, cast(:legal as jsonb),
					  cast(:schema as jsonb), :adminNote, :source, :published, :publishedAt, :search, cast(:workflow as jsonb))
					returning id
					""").params(params).query(Long.class).single();
			return byId(id).orElseThrow();
		}
		params.put("id", procedure.getId());
		params.put("version", procedure.getVersion());
		int updated = jdbc.sql("""
				update catalog_procedure set code = :code, name = :name, field = :field, level = :level,
				  implementing_agency = :implementing, processing_days = :days, processing_count = :count,
				  processing_note = :note, online_level = :online, channels = :channels, fees = cast(:fees as jsonb),
				  papers = cast(:papers as jsonb), result = :result, conditions = :conditions,
				  legal_basis = cast(:legal as jsonb), form_schema = cast(:schema as jsonb), admin_note = :adminNote,
				  source = :source, published = :published, published_at = :publishedAt, search_folded = :search,
				  workflow = cast(:workflow as jsonb),
				  updated_at = now(), version = version + 1
				where id = :id and version = :version
				""").params(params).update();
		if (updated == 0) {
			throw new ConcurrentChange("procedure " + procedure.getId());
		}
		return byId(procedure.getId()).orElseThrow();
	}

	Optional<Procedure> byId(Long id) {
		return jdbc.sql("select * from catalog_procedure where id = :id").param("id", id).query(this::map).optional();
	}

	Optional<Procedure> byCode(String code) {
		return jdbc.sql("select * from catalog_procedure where code = :code order by published desc, id limit 1")
			.param("code", code)
			.query(this::map)
			.optional();
	}

	Optional<Procedure> byAgencyAndCode(Long agencyId, String code) {
		return jdbc.sql("select * from catalog_procedure where agency_id = :agency and code = :code")
			.param("agency", agencyId)
			.param("code", code)
			.query(this::map)
			.optional();
	}

	Optional<Procedure> byAgencyAndName(Long agencyId, String name) {
		return jdbc.sql("select * from catalog_procedure where agency_id = :agency and name = :name order by id limit 1")
			.param("agency", agencyId)
			.param("name", name)
			.query(this::map)
			.optional();
	}

	List<Procedure> ofAgency(Long agencyId) {
		return jdbc.sql("select * from catalog_procedure where agency_id = :agency order by field, name")
			.param("agency", agencyId)
			.query(this::map)
			.list();
	}

	/**
	 * Searches published procedures. Every word of the query must match a word of the code, name
	 * or field: as a prefix, inside, or — for words of four letters or more — within one edit
	 * (one letter wrong, missing or extra).
	 */
	CatalogPage search(CatalogQuery query) {
		return searches.get(query, this::searchNow);
	}

	private void forgetSearches() {
		AfterCommit.nowAndAfterCommit(searches::invalidateAll);
	}

	private CatalogPage searchNow(CatalogQuery query) {
		var where = new StringBuilder(" where published");
		Map<String, Object> params = new HashMap<>();
		List<String> words = Arrays.stream(VietnameseText.fold(query.text()).split(" "))
			.filter(word -> !word.isBlank())
			.limit(8)
			.toList();
		for (int i = 0; i < words.size(); i++) {
			String w = "w" + i;
			where.append(" and (search_folded like '%' || :").append(w).append(" || '%' or (length(:").append(w)
				.append(") >= 4 and exists (select 1 from unnest(string_to_array(search_folded, ' ')) t where levenshtein(t, :")
				.append(w).append(") <= 1)))");
			params.put(w, words.get(i).replace("%", "").replace("_", ""));
		}
		if (query.field() != null && !query.field().isBlank()) {
			where.append(" and field = :field");
			params.put("field", query.field());
		}
		if (query.level() != null) {
			where.append(" and level = :level");
			params.put("level", query.level().name());
		}
		if (query.onlineLevel() != null) {
			where.append(" and online_level = :online");
			params.put("online", query.onlineLevel().name());
		}
		if (query.agencyId() != null) {
			where.append(" and agency_id = :agency");
			params.put("agency", query.agencyId());
		}
		long total = jdbc.sql("select count(*) from catalog_procedure" + where).params(params).query(Long.class).single();
		params.put("q", String.join(" ", words));
		params.put("limit", query.size());
		params.put("offset", (long) query.page() * query.size());
		String order = words.isEmpty() ? " order by field, name"
				: " order by case when lower(code) = :q then 0 else 1 end, similarity(search_folded, :q) desc, name";
		List<Procedure> items = jdbc.sql("select * from catalog_procedure" + where + order + " limit :limit offset :offset")
			.params(params)
			.query(this::map)
			.list();
		return new CatalogPage(items, query.page(), query.size(), total);
	}

	/** The fields (lĩnh vực) of published procedures with how many each has. */
	List<FieldCount> fields() {
		return jdbc.sql("select field, count(*) as count from catalog_procedure where published group by field order by field")
			.query((rs, n) -> new FieldCount(rs.getString("field"), rs.getInt("count")))
			.list();
	}

	private Procedure map(ResultSet rs, int row) throws SQLException {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		for (String channel : rs.getString("channels").split(",")) {
			if (!channel.isBlank()) {
				channels.add(Channel.valueOf(channel));
			}
		}
		var details = new ProcedureDetails(rs.getString("code"), rs.getString("name"), rs.getString("field"),
				AgencyLevel.valueOf(rs.getString("level")), rs.getString("implementing_agency"),
				new ProcessingTime(rs.getInt("processing_days"),
						ProcessingTime.DayCount.valueOf(rs.getString("processing_count")), rs.getString("processing_note")),
				OnlineLevel.valueOf(rs.getString("online_level")), channels,
				FormSchema.JSON.readValue(rs.getString("fees"), new TypeReference<List<Fee>>() {
				}), FormSchema.JSON.readValue(rs.getString("papers"), new TypeReference<List<Paper>>() {
				}), rs.getString("result"), rs.getString("conditions"),
				FormSchema.JSON.readValue(rs.getString("legal_basis"), new TypeReference<List<String>>() {
				}), FormSchema.JSON.readValue(rs.getString("form_schema"), FormSchema.class), rs.getString("admin_note"),
				rs.getString("source"));
		var procedure = new Procedure();
		procedure.describeStored(details);
		procedure.restoreWorkflow(FormSchema.JSON.readValue(rs.getString("workflow"), new TypeReference<List<WorkflowStep>>() {
		}));
		Timestamp publishedAt = rs.getTimestamp("published_at");
		procedure.restore(rs.getLong("id"), rs.getLong("agency_id"), rs.getBoolean("published"),
				publishedAt == null ? null : publishedAt.toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
		return procedure;
	}

	private static String json(Object value) {
		return FormSchema.JSON.writeValueAsString(value instanceof List<?> list ? new ArrayList<>(list) : value);
	}
}
