package vn.minhbach.organization;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.shared.AfterCommit;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.VietnameseText;

/** Read access to the organisation: units, agencies, departments, positions and the host agency. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

	private final AdministrativeUnits units;

	private final Agencies agencies;

	private final Departments departments;

	private final Positions positions;

	private final JdbcClient jdbc;

	private final Cache<String, String> names = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(10))
		.maximumSize(10_000)
		.build();

	OrganizationDirectory(AdministrativeUnits units, Agencies agencies, Departments departments, Positions positions,
			JdbcClient jdbc) {
		this.units = units;
		this.agencies = agencies;
		this.departments = departments;
		this.positions = positions;
		this.jdbc = jdbc;
	}

	public AdministrativeUnit unit(Long id) {
		return units.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.unit"));
	}

	public List<AdministrativeUnit> units() {
		return units.findAll();
	}

	/** The unit and its ancestors, from the unit up to the root (commune, district, province). */
	public List<AdministrativeUnit> lineage(Long unitId) {
		List<AdministrativeUnit> chain = new ArrayList<>();
		Long current = unitId;
		while (current != null && chain.size() < 20) {
			AdministrativeUnit unit = unit(current);
			chain.add(unit);
			current = unit.getParentId();
		}
		return chain;
	}

	/** "Xã Tam Anh Nam, Huyện Núi Thành, Tỉnh Quảng Nam". */
	public String fullUnitName(Long unitId) {
		return lineage(unitId).stream().map(AdministrativeUnit::displayName).collect(Collectors.joining(", "));
	}

	/** The whole tree, roots first, children sorted by Vietnamese name. */
	public List<UnitNode> tree() {
		List<AdministrativeUnit> all = units.findAll();
		Map<Long, List<Agency>> agenciesByUnit = agencies.findAll()
			.stream()
			.collect(Collectors.groupingBy(Agency::getUnitId));
		Map<Long, List<AdministrativeUnit>> byParent = all.stream()
			.filter(unit -> unit.getParentId() != null)
			.collect(Collectors.groupingBy(AdministrativeUnit::getParentId));
		List<AdministrativeUnit> roots = all.stream().filter(unit -> unit.getParentId() == null).toList();
		return build(roots, byParent, agenciesByUnit, 0);
	}

	private List<UnitNode> build(List<AdministrativeUnit> level, Map<Long, List<AdministrativeUnit>> byParent,
			Map<Long, List<Agency>> agenciesByUnit, int depth) {
		Comparator<String> collator = VietnameseText.collator();
		return level.stream()
			.sorted(Comparator.comparing(AdministrativeUnit::getName, collator))
			.map(unit -> new UnitNode(unit, agenciesByUnit.getOrDefault(unit.getId(), List.of()),
					build(byParent.getOrDefault(unit.getId(), List.of()), byParent, agenciesByUnit, depth + 1), depth))
			.toList();
	}

	/** The tree flattened in display order, each node with its depth. */
	public List<UnitNode> flatTree() {
		List<UnitNode> flat = new ArrayList<>();
		flatten(tree(), flat);
		return flat;
	}

	private static void flatten(List<UnitNode> nodes, List<UnitNode> into) {
		for (UnitNode node : nodes) {
			into.add(node);
			flatten(node.children(), into);
		}
	}

	public Agency agency(Long id) {
		return agencies.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.agency"));
	}

	/**
	 * An agency's name, remembered for a few seconds: public pages and the dossier tracking print
	 * the names of agencies and departments on every request. A change made on this instance is
	 * seen at once; another instance sees it within those seconds.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String agencyName(Long id) {
		return names.get("a" + id, key -> agency(id).getName());
	}

	/** A department's name, remembered like {@link #agencyName}. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public String departmentName(Long id) {
		return names.get("d" + id, key -> department(id).getName());
	}

	void forgetNames() {
		AfterCommit.nowAndAfterCommit(names::invalidateAll);
	}

	public Optional<Agency> agencyByCode(String code) {
		return agencies.findByCode(code);
	}

	public List<Agency> agencies() {
		List<Agency> all = new ArrayList<>(agencies.findAllByOrderByName());
		all.sort(Comparator.comparing(Agency::getName, VietnameseText.collator()));
		return Collections.unmodifiableList(all);
	}

	private record HostId(Long id, long readAt) {
	}

	private static final long HOST_ID_MILLIS = 5_000;

	private volatile HostId hostId;

	/**
	 * The id of the agency whose public site this installation serves, remembered for a few
	 * seconds: every public page asks for it. A change made on this instance is seen at once;
	 * another instance sees it within those seconds.
	 */
	public Optional<Long> hostAgencyId() {
		HostId known = hostId;
		long now = System.currentTimeMillis();
		if (known == null || now - known.readAt() > HOST_ID_MILLIS) {
			known = new HostId(jdbc.sql("select host_agency_id from organization_site where id = 1")
				.query(Long.class)
				.optional()
				.orElse(null), now);
			hostId = known;
		}
		return Optional.ofNullable(known.id());
	}

	void forgetHost() {
		hostId = null;
	}

	/** The agency whose public site this installation serves. */
	public Optional<Agency> hostAgency() {
		return jdbc.sql("select host_agency_id from organization_site where id = 1")
			.query(Long.class)
			.optional()
			.flatMap(agencies::findById);
	}

	public List<Department> departments(Long agencyId) {
		return departments.findByAgencyIdOrderBySortOrderAscNameAsc(agencyId);
	}

	public Department department(Long id) {
		return departments.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.department"));
	}

	public List<Position> positions(Long agencyId) {
		return positions.findByAgencyIdOrderBySortOrderAscTitleAsc(agencyId);
	}

	public Position position(Long id) {
		return positions.findById(id).orElseThrow(() -> new NotFoundException("error.notFound.position"));
	}

	/** The leaders of an agency (chairman, vice-chairmen), in protocol order. */
	public List<Position> leaders(Long agencyId) {
		return positions(agencyId).stream().filter(Position::isLeader).toList();
	}
}
