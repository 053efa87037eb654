package vn.minhbach.portal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.files.FilePolicy;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.StoredFile;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * Images of articles: an upload (JPEG or PNG, checked by content, up to 10 MB) is kept as is and
 * served resized — at most 1200 px wide, and a 400 px thumbnail — as JPEG, so a phone does not
 * download a camera's full picture. Only these resized copies are served publicly.
 */
@Service
public class PortalImages {

	static final int LARGE = 1200;

	static final int THUMB = 400;

	private final Articles articles;

	private final FileStore files;

	PortalImages(Articles articles, FileStore files) {
		this.articles = articles;
		this.files = files;
	}

	@Transactional
	public PortalImage upload(Long agencyId, InputStream content, String fileName, String alt) {
		Access.require(agencyId, Role.EDITOR, Role.AGENCY_ADMIN, Role.LEADER);
		StoredFile original = files.store(content, fileName,
				new FilePolicy(java.util.Set.of("image/jpeg", "image/png"), 10L * 1024 * 1024));
		BufferedImage image;
		try (InputStream in = files.open(original.sha256())) {
			image = ImageIO.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (image == null) {
			throw new BusinessRuleViolation("error.news.image");
		}
		BufferedImage sized = resize(image, LARGE);
		String large = files.storeGenerated(jpeg(sized), "anh.jpg", "image/jpeg").sha256();
		String thumb = files.storeGenerated(jpeg(resize(image, THUMB)), "anh-nho.jpg", "image/jpeg").sha256();
		long id = articles.addImage(agencyId, original.sha256(), large, thumb, sized.getWidth(), sized.getHeight(),
				alt == null ? "" : alt.strip(), Access.actorName());
		return articles.image(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public PortalImage image(long id) {
		return articles.image(id).orElseThrow(() -> new NotFoundException("error.notFound.file"));
	}

	/** A served image's bytes, or nothing if the hash is not one of the portal's served images. */
	@Transactional(readOnly = true)
	public java.util.Optional<InputStream> served(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || !articles.servedImage(sha256)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(files.open(sha256));
	}

	static BufferedImage resize(BufferedImage image, int maxWidth) {
		if (image.getWidth() <= maxWidth) {
			return rgb(image, image.getWidth(), image.getHeight());
		}
		int height = Math.max(1, Math.round(image.getHeight() * (maxWidth / (float) image.getWidth())));
		return rgb(image, maxWidth, height);
	}

	private static BufferedImage rgb(BufferedImage image, int width, int height) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setColor(java.awt.Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return out;
	}

	private static byte[] jpeg(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}
}
