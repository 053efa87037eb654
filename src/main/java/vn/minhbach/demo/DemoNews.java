package vn.minhbach.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.platform.DatabaseMode;
import vn.minhbach.portal.Category;
import vn.minhbach.portal.Newsroom;
import vn.minhbach.portal.PortalImages;
import vn.minhbach.shared.SystemActor;

/**
 * The demo portal's news: the host agency's categories and a dozen articles written for the
 * demo ({@code demo/news.txt}), brought in as the archive of a former portal, dated relative to
 * today so the home page always looks alive. Runs after {@link DemoData}, once, when the agency
 * has no categories yet.
 */
@Component
@Order(20)
class DemoNews implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNews.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** slug, name: the categories a commune portal usually has. */
	static final List<String[]> CATEGORIES = List.of(new String[] { "hoat-dong", "Tin hoạt động" },
			new String[] { "thong-bao", "Thông báo" }, new String[] { "cai-cach-hanh-chinh", "Cải cách hành chính" },
			new String[] { "kinh-te-xa-hoi", "Kinh tế – xã hội" },
			new String[] { "pho-bien-phap-luat", "Phổ biến, giáo dục pháp luật" });

	private final OrganizationDirectory organization;

	private final Newsroom newsroom;

	private final DatabaseMode database;

	private final DemoDataProperties properties;

	private final Clock clock;

	private final PortalImages images;

	DemoNews(OrganizationDirectory organization, Newsroom newsroom, DatabaseMode database, DemoDataProperties properties,
			Clock clock, PortalImages images) {
		this.images = images;
		this.organization = organization;
		this.newsroom = newsroom;
		this.database = database;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("audit-verify") || !properties.wanted(database.embedded())) {
			return;
		}
		organization.hostAgency().ifPresent(agency -> SystemActor.run(() -> {
			if (newsroom.categories(agency.getId()).isEmpty()) {
				int articles = load(agency.getId());
				log.info("Demo news loaded: {} categories, {} articles", CATEGORIES.size(), articles);
			}
		}));
	}

	int load(Long agencyId) {
		int order = 0;
		for (String[] category : CATEGORIES) {
			newsroom.defineCategory(agencyId, category[0], category[1], order++);
		}
		Map<String, Long> categories = newsroom.categories(agencyId)
			.stream()
			.collect(Collectors.toMap(Category::slug, Category::id, (a, b) -> a));
		LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
		List<DemoArticle> articles = parse(read());
		// oldest first, so that ids grow with the dates as on a real portal
		for (int i = articles.size() - 1; i >= 0; i--) {
			DemoArticle article = articles.get(i);
			Instant published = today.minusDays(article.daysAgo()).atTime(article.time()).atZone(VIETNAM).toInstant();
			Long cover = article.featured() ? cover(agencyId, i, article.title()) : null;
			newsroom.importPublished(agencyId, article.author(),
					new Newsroom.Draft(categories.get(article.category()), article.title(), "", article.summary(),
							article.bodyHtml(), cover, article.tags(), article.featured(), null),
					published.isAfter(clock.instant()) ? clock.instant() : published, article.views());
		}
		return articles.size();
	}

	/** A drawn illustration (the demo ships no photographs): hills, fields and the sun in the portal's colours. */
	private Long cover(Long agencyId, int seed, String title) {
		int width = 1600;
		int height = 900;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		Color[][] palettes = { { new Color(0x9b1c1c), new Color(0xf5c542) }, { new Color(0x0b4f8a), new Color(0x8fd3c7) },
				{ new Color(0x2f6b2f), new Color(0xe9d67a) } };
		Color[] palette = palettes[seed % palettes.length];
		g.setPaint(new GradientPaint(0, 0, palette[0], 0, height, palette[1]));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(255, 240, 200, 200));
		g.fillOval(1100, 120, 220, 220);
		java.util.Random random = new java.util.Random(seed);
		for (int layer = 0; layer < 4; layer++) {
			java.awt.geom.Path2D hills = new java.awt.geom.Path2D.Double();
			int base = 520 + layer * 110;
			hills.moveTo(0, height);
			hills.lineTo(0, base);
			for (int x = 0; x <= width; x += 200) {
				hills.quadTo(x + 100, base - 60 - random.nextInt(90), x + 200, base - random.nextInt(30));
			}
			hills.lineTo(width, height);
			hills.closePath();
			int shade = 40 + layer * 25;
			g.setColor(new Color(Math.min(255, shade), Math.min(255, 70 + layer * 30), Math.min(255, 40 + layer * 10), 235));
			g.fill(hills);
		}
		g.dispose();
		try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return images.upload(agencyId, new java.io.ByteArrayInputStream(out.toByteArray()), "minh-hoa.png",
					"Ảnh minh họa: " + title).id();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record DemoArticle(String category, int daysAgo, LocalTime time, String author, boolean featured, long views,
			String tags, String title, String summary, String bodyHtml) {
	}

	static List<DemoArticle> parse(String text) {
		List<DemoArticle> articles = new ArrayList<>();
		String[] blocks = text.split("(?m)^=== ");
		for (int b = 1; b < blocks.length; b++) {
			List<String> lines = blocks[b].lines().filter(line -> !line.isBlank()).toList();
			String[] head = lines.get(0).split("\\|");
			Function<Integer, String> field = i -> head[i].strip();
			StringBuilder body = new StringBuilder();
			boolean inList = false;
			for (String line : lines.subList(3, lines.size())) {
				boolean item = line.startsWith("- ");
				if (inList && !item) {
					body.append("</ul>");
					inList = false;
				}
				if (item) {
					if (!inList) {
						body.append("<ul>");
						inList = true;
					}
					body.append("<li>").append(HtmlUtils.htmlEscape(line.substring(2).strip())).append("</li>");
				}
				else if (line.startsWith("## ")) {
					body.append("<h2>").append(HtmlUtils.htmlEscape(line.substring(3).strip())).append("</h2>");
				}
				else {
					body.append("<p>").append(HtmlUtils.htmlEscape(line.strip())).append("</p>");
				}
			}
			if (inList) {
				body.append("</ul>");
			}
			articles.add(new DemoArticle(field.apply(0), Integer.parseInt(field.apply(1)), LocalTime.parse(field.apply(2)),
					field.apply(3), "yes".equals(field.apply(4)), Long.parseLong(field.apply(5)), field.apply(6),
					lines.get(1).strip(), lines.get(2).strip(), body.toString()));
		}
		return articles;
	}

	private static String read() {
		try (InputStream in = new ClassPathResource("demo/news.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
