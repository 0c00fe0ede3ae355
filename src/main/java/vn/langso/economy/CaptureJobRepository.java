package vn.langso.economy;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaptureJobRepository extends JpaRepository<CaptureJob, Long> {
}
