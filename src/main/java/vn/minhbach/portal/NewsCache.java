package vn.minhbach.portal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the public pages of the news read most — an article with its neighbours, the home page's
 * lists — kept in memory for a few seconds ({@code minhbach.portal.news-cache}, 30 s by default),
 * so that a burst of readers costs the database one query instead of thousands. Every editorial
 * change on this instance empties it at once; another instance behind the same load balancer sees
 * the change when its own entries expire. View counts are never cached (see {@link News#views}).
 */
@Component
class NewsCache {

	final Cache<String, Optional<News.Reading>> readings;

	final Cache<Long, News.Front> fronts;

	NewsCache(@Value("${minhbach.portal.news-cache:PT30S}") Duration ttl) {
		this.readings = Caffeine.newBuilder().maximumSize(5_000).expireAfterWrite(ttl).build();
		this.fronts = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(ttl).build();
	}

	static String readingKey(Long agencyId, String slug) {
		return agencyId + "/" + slug;
	}

	/**
	 * The article a reading of this address last found, from memory only: {@link PublicPageCache}
	 * asks it right after the page was rendered, to know whose views its copy counts.
	 */
	Optional<Long> articleAt(Long agencyId, String slug) {
		Optional<News.Reading> reading = readings.getIfPresent(readingKey(agencyId, slug));
		return reading == null ? Optional.empty() : reading.map(r -> r.article().getId());
	}

	void forget() {
		readings.invalidateAll();
		fronts.invalidateAll();
	}
}
