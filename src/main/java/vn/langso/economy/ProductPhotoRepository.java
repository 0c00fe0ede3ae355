package vn.langso.economy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductPhotoRepository extends JpaRepository<ProductPhoto, Long> {

	List<ProductPhoto> findByProductIdOrderBySortOrderAscIdAsc(long productId);

	long countByProductId(long productId);

}
