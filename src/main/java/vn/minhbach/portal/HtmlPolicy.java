package vn.minhbach.portal;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What an article's HTML may contain, applied on every save with the OWASP Java HTML Sanitizer:
 * the formatting the editor produces (paragraphs, headings, emphasis, lists, quotes, links,
 * tables) and images from this portal's own media; no script, no event handler, no style, no
 * frame, no form. Links open as written, with {@code rel="nofollow noopener"} for outside ones.
 */
final class HtmlPolicy {

	private static final Pattern ALIGN_CLASS = Pattern.compile("(ql-align-(center|right|justify)|ql-indent-[1-8])( ql-indent-[1-8])?");

	private static final Pattern MEDIA = Pattern.compile("/media/[0-9a-f]{64}");

	static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "blockquote", "a",
				"img", "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption", "hr")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("noopener")
		.allowAttributes("src")
		.matching(MEDIA)
		.onElements("img")
		.allowAttributes("alt", "width", "height")
		.onElements("img")
		.allowAttributes("class")
		.matching(ALIGN_CLASS)
		.onElements("p", "h2", "h3", "h4", "li")
		.allowAttributes("colspan", "rowspan", "scope")
		.onElements("td", "th")
		.toFactory();

	private HtmlPolicy() {
	}

	static String sanitize(String html) {
		return html == null ? "" : POLICY.sanitize(html);
	}

	private static final PolicyFactory TEXT_ONLY = new HtmlPolicyBuilder().toFactory();

	/** The text of an HTML fragment, for search and summaries. */
	static String text(String html) {
		if (html == null) {
			return "";
		}
		String spaced = html.replaceAll("(?i)</(p|h[1-6]|li|td|th|blockquote)>|<br\\s*/?>", " ");
		return org.owasp.html.Encoding.decodeHtml(TEXT_ONLY.sanitize(spaced), false).replaceAll("\\s+", " ").strip();
	}
}
