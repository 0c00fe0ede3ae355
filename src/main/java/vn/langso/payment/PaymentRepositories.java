package vn.langso.payment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommuneAccountRepository extends JpaRepository<CommuneAccount, Long> {

	Optional<CommuneAccount> findByCommuneId(long communeId);

	Optional<CommuneAccount> findByAccountNumber(String accountNumber);

}

interface PaymentRequestRepository extends JpaRepository<PaymentRequest, Long> {

	Optional<PaymentRequest> findByCommuneIdAndReference(long communeId, String reference);

	List<PaymentRequest> findByCommuneIdAndReferenceIn(long communeId, List<String> references);

}

interface BankNoticeRepository extends JpaRepository<BankNotice, Long> {

	boolean existsByTransactionId(String transactionId);

}
