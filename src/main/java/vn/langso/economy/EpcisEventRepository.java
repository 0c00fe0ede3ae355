package vn.langso.economy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EpcisEventRepository extends JpaRepository<EpcisEventRecord, Long>, JpaSpecificationExecutor<EpcisEventRecord> {

	List<EpcisEventRecord> findByBatchIdOrderByEventTimeAsc(long batchId);

	boolean existsByEventId(String eventId);

	List<EpcisEventRecord> findByEventIdIn(Collection<String> eventIds);

	Optional<EpcisEventRecord> findByEventId(String eventId);

	@Query("select e from EpcisEventRecord e where e.keys is empty and e.epcs is not empty order by e.id")
	List<EpcisEventRecord> unindexed(Pageable page);

	@Query("select distinct e.eventType from EpcisEventRecord e order by e.eventType")
	List<String> eventTypes();

	@Query("select distinct e.bizStep from EpcisEventRecord e where e.bizStep is not null order by e.bizStep")
	List<String> bizSteps();

	@Query("select distinct e.disposition from EpcisEventRecord e where e.disposition is not null order by e.disposition")
	List<String> dispositions();

	@Query("select distinct e.bizLocation from EpcisEventRecord e where e.bizLocation is not null order by e.bizLocation")
	List<String> bizLocations();

	@Query("select distinct e.readPoint from EpcisEventRecord e where e.readPoint is not null order by e.readPoint")
	List<String> readPoints();

	@Query(value = "select distinct epc from economy_epcis_event_epc order by epc", nativeQuery = true)
	List<String> epcs();

}
