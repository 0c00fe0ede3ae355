package vn.langso.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findByPhone(String phone);

	Optional<Account> findByCitizenId(String citizenId);

	boolean existsByUsername(String username);

	boolean existsByPhone(String phone);

	boolean existsByCitizenId(String citizenId);

	Page<Account> findByCommuneIdOrderByFullName(Long communeId, Pageable page);

	Page<Account> findAllByOrderByFullName(Pageable page);

	List<Account> findByCommuneId(Long communeId);

	/** Drops a CCCD nobody proved from its account, at once (before another account takes the number). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Account a set a.citizenId = null where a.id = :id and a.citizenIdProof is null")
	int releaseUnprovenCitizenId(long id);

}
