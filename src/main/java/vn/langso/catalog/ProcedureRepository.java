package vn.langso.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProcedureRepository extends JpaRepository<Procedure, Long> {

	Optional<Procedure> findByCodeAndCurrentTrue(String code);

	/** Only the id of the current version: its content comes from the catalogue's cache of versions. */
	@Query("select p.id from Procedure p where p.code = :code and p.current = true")
	Optional<Long> currentId(String code);

	List<Procedure> findByCurrentTrueOrderByFieldAscNameAsc();

	@Query("select p from Procedure p where p.current = true and p.nameFolded like :pattern escape '\\' order by p.field, p.name")
	List<Procedure> searchCurrent(String pattern);

	List<Procedure> findByCodeOrderByVersionDesc(String code);

	boolean existsByCode(String code);

}
