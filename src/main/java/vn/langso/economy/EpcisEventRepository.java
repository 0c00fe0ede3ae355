package vn.langso.economy;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EpcisEventRepository extends JpaRepository<EpcisEventRecord, Long>, JpaSpecificationExecutor<EpcisEventRecord> {

	List<EpcisEventRecord> findByBatchIdOrderByEventTimeAsc(long batchId);

	boolean existsByEventId(String eventId);

	List<EpcisEventRecord> findByEventIdIn(Collection<String> eventIds);

}
