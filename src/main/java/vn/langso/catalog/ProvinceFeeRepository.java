package vn.langso.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceFeeRepository extends JpaRepository<ProvinceFee, Long> {

	Optional<ProvinceFee> findByProvinceIdAndProcedureCode(long provinceId, String procedureCode);

	List<ProvinceFee> findByProvinceIdOrderByProcedureCode(long provinceId);

}
