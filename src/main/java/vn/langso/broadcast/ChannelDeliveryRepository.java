package vn.langso.broadcast;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChannelDeliveryRepository extends JpaRepository<ChannelDelivery, Long> {

	List<ChannelDelivery> findByAnnouncementIdOrderById(long announcementId);

}
