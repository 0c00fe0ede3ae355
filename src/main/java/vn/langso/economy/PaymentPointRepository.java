package vn.langso.economy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentPointRepository extends JpaRepository<PaymentPoint, Long> {

	List<PaymentPoint> findByCommuneIdOrderByVillageIdAscNameAsc(long communeId);

	@Query("select p.villageId, count(p) from PaymentPoint p where p.communeId = ?1 and p.acceptsVietqr = true group by p.villageId")
	List<Object[]> countQrPointsByVillage(long communeId);

	boolean existsByCommuneId(long communeId);

	Optional<PaymentPoint> findByIdAndCommuneId(long id, long communeId);

}
