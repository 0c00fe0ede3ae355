package vn.langso.economy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface InquiryRepository extends JpaRepository<Inquiry, Long> {

	List<Inquiry> findTop20ByProducerIdOrderByCreatedAtDesc(long producerId);

}
