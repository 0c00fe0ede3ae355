package vn.langso.economy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProducerRepository extends JpaRepository<Producer, Long> {

	Optional<Producer> findFirstByAccountId(long accountId);

	Optional<Producer> findByApiKeyHash(String apiKeyHash);

	List<Producer> findByCommuneIdOrderByName(long communeId);

	boolean existsByCommuneId(long communeId);

}
