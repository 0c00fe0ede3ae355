package vn.langso.devices;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RejectedMessageRepository extends JpaRepository<RejectedMessage, Long> {

	List<RejectedMessage> findTop100ByOrderByIdDesc();

	List<RejectedMessage> findByTopicStartingWithOrderById(String topicPrefix);

}
