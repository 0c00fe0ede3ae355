package vn.langso.feedback;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PhoneCodeRepository extends ListCrudRepository<PhoneCode, Long> {

	Optional<PhoneCode> findFirstByPhoneOrderByCreatedAtDescIdDesc(String phone);

	long countByPhoneAndCreatedAtAfter(String phone, Instant since);

}
