package vn.minhbach.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.minhbach.organization.AdministrativeUnit;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.MapSettings;
import vn.minhbach.shared.VietnameseText;

/**
 * The map page: the host agency's office and the administrative units of its area, as text and
 * as a table that the page's script turns into Leaflet markers. The page is complete without the
 * script or the tiles: the address, the coordinates and the list are in the HTML.
 * <p>
 * The units shown are those under the host agency's unit (the communes of a district); for an
 * agency whose unit has none below it (a commune), the units beside it under the same parent.
 */
@Controller
class MapController {

	private final OrganizationDirectory organization;

	private final MapSettings settings;

	MapController(OrganizationDirectory organization, MapSettings settings) {
		this.organization = organization;
		this.settings = settings;
	}

	/**
	 * A place in the list and on the map.
	 *
	 * @param home whether it is the host agency's own unit
	 */
	record Place(String name, String kindKey, Double latitude, Double longitude, boolean home) {

		public boolean located() {
			return latitude != null && longitude != null;
		}
	}

	@GetMapping("/ban-do")
	String map(Model model) {
		Agency agency = InformationController.host(organization);
		AdministrativeUnit home = organization.unit(agency.getUnitId());
		model.addAttribute("agency", agency);
		model.addAttribute("unitName", organization.fullUnitName(agency.getUnitId()));
		model.addAttribute("home", home);
		model.addAttribute("places", area(home));
		model.addAttribute("map", settings);
		model.addAttribute("located", agency.getLatitude() != null && agency.getLongitude() != null);
		return "portal/map";
	}

	private List<Place> area(AdministrativeUnit home) {
		List<AdministrativeUnit> units = organization.units().stream().filter(AdministrativeUnit::isActive).toList();
		Map<Long, List<AdministrativeUnit>> byParent = units.stream()
			.filter(unit -> unit.getParentId() != null)
			.collect(Collectors.groupingBy(AdministrativeUnit::getParentId));
		List<AdministrativeUnit> area = new ArrayList<>();
		if (byParent.containsKey(home.getId())) {
			area.add(home);
			descendants(home.getId(), byParent, area);
		}
		else if (home.getParentId() != null) {
			area.addAll(byParent.getOrDefault(home.getParentId(), List.of()));
		}
		else {
			area.add(home);
		}
		Comparator<String> collator = VietnameseText.collator();
		return area.stream()
			.sorted(Comparator.comparing((AdministrativeUnit unit) -> !unit.getId().equals(home.getId()))
				.thenComparing(AdministrativeUnit::getName, collator))
			.map(unit -> new Place(unit.displayName(), unit.getKind().messageKey(), unit.getLatitude(), unit.getLongitude(),
					Objects.equals(unit.getId(), home.getId())))
			.toList();
	}

	private static void descendants(Long parent, Map<Long, List<AdministrativeUnit>> byParent,
			List<AdministrativeUnit> into) {
		for (AdministrativeUnit child : byParent.getOrDefault(parent, List.of())) {
			into.add(child);
			descendants(child.getId(), byParent, into);
		}
	}
}
