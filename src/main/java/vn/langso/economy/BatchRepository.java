package vn.langso.economy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BatchRepository extends JpaRepository<Batch, Long> {

	Optional<Batch> findByGtinAndLot(String gtin, String lot);

	List<Batch> findTop50ByProducerIdOrderByCreatedAtDesc(long producerId);

	List<Batch> findTop5ByProductIdOrderByCreatedAtDesc(long productId);

	long countByProducerIdAndProductId(long producerId, long productId);

	boolean existsByGrowingAreaId(Long growingAreaId);

}
