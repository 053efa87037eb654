package vn.minhbach.portal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

/** The stored disclosures. */
interface Disclosures extends ListCrudRepository<Disclosure, Long> {

	List<Disclosure> findByAgencyIdOrderByPublishedOnDescIdDesc(Long agencyId);

	Page<Disclosure> findByAgencyId(Long agencyId, Pageable page);

	Page<Disclosure> findByAgencyIdAndCategory(Long agencyId, DisclosureCategory category, Pageable page);
}
