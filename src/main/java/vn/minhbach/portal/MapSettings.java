package vn.minhbach.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The base map of the portal's map page. The Content-Security-Policy lets images come from the
 * tile server's host (derived from {@code tiles}), and from nowhere else outside the portal.
 *
 * @param tiles the tile URL template ({z}, {x}, {y}, optionally {s}); empty for no base map
 * @param attribution the credit the tile provider asks for, as plain text
 * @param attributionUrl where the credit links to (the provider's copyright page)
 */
@ConfigurationProperties("minhbach.portal.map")
public record MapSettings(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tiles,
		@DefaultValue("© OpenStreetMap contributors") String attribution,
		@DefaultValue("https://www.openstreetmap.org/copyright") String attributionUrl) {

	/** Whether a base map is configured; without one the page shows the places as a list only. */
	public boolean hasTiles() {
		return tiles != null && !tiles.isBlank();
	}
}
