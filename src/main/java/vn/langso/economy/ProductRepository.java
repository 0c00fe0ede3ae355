package vn.langso.economy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

	List<Product> findByProducerIdOrderByName(long producerId);

	List<Product> findByCommuneIdAndListedTrueOrderByName(long communeId);

	Optional<Product> findByGtin(String gtin);

	long countByProducerId(long producerId);

}
