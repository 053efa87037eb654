package vn.minhbach.portal;

/** An image of the portal: served large (up to 1200 px wide) and as a thumbnail (400 px). */
public record PortalImage(long id, Long agencyId, String largeSha256, String thumbSha256, int width, int height,
		String alt) {

	public String url() {
		return "/media/" + largeSha256;
	}

	public String thumbUrl() {
		return "/media/" + thumbSha256;
	}
}
