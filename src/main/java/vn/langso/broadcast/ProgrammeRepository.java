package vn.langso.broadcast;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	List<Programme> findByCommuneIdOrderByTitle(long communeId);

	boolean existsByCommuneIdAndTitle(long communeId, String title);

}
