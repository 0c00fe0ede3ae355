package vn.langso.feedback;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ApiKeyRepository extends ListCrudRepository<ApiKey, Long> {

	Optional<ApiKey> findByKeyHash(String keyHash);

	List<ApiKey> findByCommuneIdOrderByCreatedAtDesc(long communeId);

}
