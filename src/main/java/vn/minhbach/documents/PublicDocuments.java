package vn.minhbach.documents;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.files.FileStore;
import vn.minhbach.shared.NotFoundException;

/**
 * The documents an agency publishes on its portal, for anyone to read without logging in: its
 * <em>issued</em> outgoing documents of the kinds that carry rules, plans and announcements
 * ({@link #PUBLISHED_TYPES}), with their signed PDF. Never a draft or a document still in review,
 * never a secret one, never correspondence (công văn, giấy mời, tờ trình…), never an incoming
 * document. The rule is applied here, in every query, so a caller cannot forget it.
 */
@Service
@Transactional(readOnly = true)
public class PublicDocuments {

	/** Types published on the portal: legal and directing documents, plans and reports. */
	public static final Set<DocumentType> PUBLISHED_TYPES = EnumSet.of(DocumentType.NGHI_QUYET, DocumentType.QUYET_DINH,
			DocumentType.CHI_THI, DocumentType.QUY_CHE, DocumentType.QUY_DINH, DocumentType.THONG_CAO,
			DocumentType.THONG_BAO, DocumentType.HUONG_DAN, DocumentType.CHUONG_TRINH, DocumentType.KE_HOACH,
			DocumentType.PHUONG_AN, DocumentType.DE_AN, DocumentType.DU_AN, DocumentType.BAO_CAO);

	private static final String PUBLIC = """
			d.direction = 'OUTGOING' and d.status = 'ISSUED' and d.secrecy = 'NORMAL' and d.final_sha256 is not null
			and d.type in (:types)
			""";

	private final JdbcClient jdbc;

	private final FileStore files;

	PublicDocuments(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	/**
	 * A published document.
	 *
	 * @param notation number and notation ("15/QĐ-UBND")
	 * @param replaced whether a later document of the agency replaced it
	 */
	public record PublicDocument(long id, long agencyId, DocumentType type, String notation, LocalDate issuedOn,
			String subject, String signerTitle, String signerName, String fileName, boolean replaced) {
	}

	/** One page of published documents, newest first. */
	public record Page(List<PublicDocument> items, int page, int size, long total) {

		public int pages() {
			return (int) ((total + size - 1) / size);
		}

	}

	/** The published types in the order of Decree 30/2020's list, for filters. */
	public List<DocumentType> types() {
		return List.copyOf(PUBLISHED_TYPES);
	}

	/**
	 * An agency's published documents, newest issue date first.
	 *
	 * @param type only this type (null: every published type; an unpublished type gives nothing)
	 * @param year only issued in this year (null: every year)
	 * @param text words of the subject or the notation, with or without diacritics (null or blank: all)
	 */
	public Page page(Long agencyId, DocumentType type, Integer year, String text, int page, int size) {
		int pageSize = size <= 0 ? 20 : Math.min(size, 100);
		int number = Math.max(page, 0);
		Map<String, Object> params = new HashMap<>();
		params.put("agency", agencyId);
		params.put("types", (type == null ? PUBLISHED_TYPES : Set.of(type)).stream().map(Enum::name).toList());
		StringBuilder where = new StringBuilder("where d.agency_id = :agency and ").append(PUBLIC);
		if (year != null) {
			where.append("and d.issued_on >= :from and d.issued_on < :to\n");
			params.put("from", LocalDate.of(year, 1, 1));
			params.put("to", LocalDate.of(year + 1, 1, 1));
		}
		if (text != null && !text.isBlank()) {
			// every word, in any order, in the subject or the notation
			String[] words = text.strip().split("[\\s,;.]+");
			for (int i = 0; i < Math.min(words.length, 10); i++) {
				String word = words[i].length() > 50 ? words[i].substring(0, 50) : words[i];
				if (word.isEmpty()) {
					continue;
				}
				where.append("and (f_unaccent(d.subject) like '%' || f_unaccent(:w").append(i)
					.append(") || '%' or lower(d.notation) like '%' || lower(:w").append(i).append(") || '%')\n");
				params.put("w" + i, word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"));
			}
		}
		long total = jdbc.sql("select count(*) from document d " + where).params(params).query(Long.class).single();
		params.put("limit", pageSize);
		params.put("offset", (long) number * pageSize);
		List<PublicDocument> items = jdbc
			.sql("select d.* from document d " + where + "order by d.issued_on desc, d.id desc limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> row(rs))
			.list();
		return new Page(items, number, pageSize, total);
	}

	/** A published document, or empty when there is none with this id or it is not public. */
	public Optional<PublicDocument> document(long id) {
		return jdbc.sql("select d.* from document d where d.id = :id and " + PUBLIC)
			.param("id", id)
			.param("types", PUBLISHED_TYPES.stream().map(Enum::name).toList())
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** The signed PDF of a published document. */
	public InputStream openSigned(long id) {
		document(id).orElseThrow(() -> new NotFoundException("error.notFound.document"));
		String sha256 = jdbc.sql("select final_sha256 from document where id = :id").param("id", id).query(String.class).single();
		return files.open(sha256);
	}

	private static PublicDocument row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new PublicDocument(rs.getLong("id"), rs.getLong("agency_id"), DocumentType.valueOf(rs.getString("type")),
				rs.getString("notation"), rs.getObject("issued_on", LocalDate.class), rs.getString("subject"),
				rs.getString("signer_title"), rs.getString("signer_name"), rs.getString("final_name"),
				rs.getObject("replaced_by_id") != null);
	}
}
