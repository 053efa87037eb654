package vn.minhbach.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AdministrativeUnits extends ListCrudRepository<AdministrativeUnit, Long> {

	List<AdministrativeUnit> findByParentIdOrderByName(Long parentId);

	Optional<AdministrativeUnit> findByCode(String code);
}

interface Agencies extends ListCrudRepository<Agency, Long> {

	Optional<Agency> findByCode(String code);

	List<Agency> findAllByOrderByName();
}

interface Departments extends ListCrudRepository<Department, Long> {

	List<Department> findByAgencyIdOrderBySortOrderAscNameAsc(Long agencyId);
}

interface Positions extends ListCrudRepository<Position, Long> {

	List<Position> findByAgencyIdOrderBySortOrderAscTitleAsc(Long agencyId);
}
