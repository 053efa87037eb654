package vn.minhbach.portal.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.identity.IdentityProperties;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.Article;
import vn.minhbach.portal.News;
import vn.minhbach.shared.NotFoundException;

/**
 * The news as feeds (Atom 1.0 and RSS 2.0, the 30 latest articles) and the sitemap of the public
 * portal, with an ETag made from the newest article so that readers polling them get a 304 when
 * nothing changed.
 */
@RestController
class NewsFeedController {

	private final News news;

	private final OrganizationDirectory organization;

	private final IdentityProperties identity;

	NewsFeedController(News news, OrganizationDirectory organization, IdentityProperties identity) {
		this.news = news;
		this.organization = organization;
		this.identity = identity;
	}

	@GetMapping("/tin-tuc/feed.atom")
	ResponseEntity<byte[]> atom(WebRequest request) throws XMLStreamException {
		Agency host = host();
		List<Article> latest = news.latest(host.getId(), 30);
		return respond(request, latest, ATOM, xml -> {
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			element(xml, "title", host.getName() + " – Tin tức");
			element(xml, "id", url("/tin-tuc"));
			link(xml, url("/tin-tuc/feed.atom"), "self");
			link(xml, url("/tin-tuc"), "alternate");
			element(xml, "updated", iso(latest.isEmpty() ? Instant.EPOCH : latest.get(0).getPublishedAt()));
			for (Article article : latest) {
				xml.writeStartElement("entry");
				element(xml, "title", article.getTitle());
				element(xml, "id", url("/tin-tuc/" + article.getSlug()));
				link(xml, url("/tin-tuc/" + article.getSlug()), "alternate");
				element(xml, "published", iso(article.getPublishedAt()));
				element(xml, "updated", iso(article.getPublishedAt()));
				xml.writeStartElement("author");
				element(xml, "name", article.getAuthorName());
				xml.writeEndElement();
				element(xml, "summary", article.getSummary());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	@GetMapping("/tin-tuc/rss.xml")
	ResponseEntity<byte[]> rss(WebRequest request) throws XMLStreamException {
		Agency host = host();
		List<Article> latest = news.latest(host.getId(), 30);
		return respond(request, latest, RSS, xml -> {
			xml.writeStartElement("rss");
			xml.writeAttribute("version", "2.0");
			xml.writeStartElement("channel");
			element(xml, "title", host.getName() + " – Tin tức");
			element(xml, "link", url("/tin-tuc"));
			element(xml, "description", "Tin tức của " + host.getName());
			element(xml, "language", "vi");
			for (Article article : latest) {
				xml.writeStartElement("item");
				element(xml, "title", article.getTitle());
				element(xml, "link", url("/tin-tuc/" + article.getSlug()));
				element(xml, "guid", url("/tin-tuc/" + article.getSlug()));
				element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(article.getPublishedAt().atOffset(ZoneOffset.UTC)));
				element(xml, "description", article.getSummary());
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
		});
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> sitemap(WebRequest request) throws XMLStreamException {
		Agency host = host();
		List<Article> latest = news.latest(host.getId(), 1000);
		return respond(request, latest, MediaType.APPLICATION_XML, xml -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
			for (String path : List.of("/", "/tin-tuc", "/procedures", "/track", "/hoi-dap", "/lich-cong-tac", "/thong-tin",
					"/thong-tin/chuc-nang-nhiem-vu", "/thong-tin/co-cau-to-chuc", "/thong-tin/van-ban", "/thong-tin/cong-khai",
					"/thong-tin/dich-vu-cong", "/ban-do", "/about", "/contact", "/verify")) {
				xml.writeStartElement("url");
				element(xml, "loc", url(path));
				xml.writeEndElement();
			}
			for (Article article : latest) {
				xml.writeStartElement("url");
				element(xml, "loc", url("/tin-tuc/" + article.getSlug()));
				element(xml, "lastmod", article.getPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newInstance();

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	/** What a feed writes between the XML declaration and the end of the document. */
	@FunctionalInterface
	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;
	}

	/** 304 when the articles are unchanged; otherwise the document, cacheable for 5 minutes. */
	private static ResponseEntity<byte[]> respond(WebRequest request, List<Article> articles, MediaType type, Body body)
			throws XMLStreamException {
		String etag = etag(articles);
		if (request.checkNotModified(etag)) {
			return null;
		}
		var out = new ByteArrayOutputStream();
		XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		body.write(xml);
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
			.eTag(etag)
			.body(out.toByteArray());
	}

	/** Changes when any listed article is added, taken down or edited (each save bumps its version). */
	private static String etag(List<Article> articles) {
		long hash = 17;
		for (Article article : articles) {
			hash = 31 * hash + article.getId();
			hash = 31 * hash + article.getVersion();
		}
		return "\"" + articles.size() + "-" + Long.toHexString(hash) + "\"";
	}

	private String url(String path) {
		return UriComponentsBuilder.fromUri(identity.publicUrl()).path(path).build().toUriString();
	}

	private static String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("href", href);
		xml.writeAttribute("rel", rel);
	}

	private Agency host() {
		return organization.hostAgency().orElseThrow(() -> new NotFoundException("error.notFound.agency"));
	}
}
