package vn.langso.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.MessageChannel;
import vn.langso.identity.MessageGateway;
import vn.langso.identity.OutboundMessage;

/**
 * Tells the applicant of every move of their dossier: in the app, and through the identity
 * {@link MessageGateway} on each configured channel. It listens to {@link DossierStatusChanged} through the event publication registry (the
 * outbox), so a notification whose sending failed is retried and none is lost.
 */
@Service
public class Notifications {

	private final DossierNotificationRepository notifications;

	private final DossierRepository dossiers;

	private final MessageGateway gateway;

	private final List<MessageChannel> channels;

	private final MessageSource messages;

	/** Moves whose reason the applicant must read in the notice itself. */
	private static final Set<String> REASON_SHOWN = Set.of(DossierAction.REFUSE.name(),
			DossierAction.REFUSE_IN_PROCESS.name(), DossierAction.REFUSE_AT_APPROVAL.name(),
			DossierAction.REQUEST_SUPPLEMENT.name(), DossierAction.REQUEST_SUPPLEMENT_IN_PROCESS.name());

	private final HistoryRepository history;

	Notifications(DossierNotificationRepository notifications, DossierRepository dossiers, HistoryRepository history,
			MessageGateway gateway,
			@Value("${langso.notifications.channels}") Set<String> channels, MessageSource messages) {
		this.notifications = notifications;
		this.dossiers = dossiers;
		this.history = history;
		this.gateway = gateway;
		this.channels = channels.stream().map(MessageChannel::ofKey).sorted().toList();
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(DossierStatusChanged event) {
		Dossier dossier = dossiers.findById(event.dossierId()).orElseThrow();
		Locale vietnamese = Locale.forLanguageTag("vi");
		String status = messages.getMessage("dossier.status." + event.status(), null, vietnamese);
		String reason = REASON_SHOWN.contains(event.action()) ? reasonOf(event.dossierId()) : null;
		String text = reason == null
				? messages.getMessage("dossier.notification", new Object[] { event.code(), status }, vietnamese)
				: messages.getMessage("dossier.notificationWithReason", new Object[] { event.code(), status, reason },
						vietnamese);
		List<String> sent = new ArrayList<>(List.of("app"));
		for (MessageChannel channel : channels) {
			String address = channel.byPhone() ? dossier.applicantPhone() : dossier.applicantEmail();
			if (address != null && !address.isBlank()
					&& gateway.send(new OutboundMessage(channel, address, event.code(), text)).isAccepted()) {
				sent.add(channel.key());
			}
		}
		notifications.save(new DossierNotification(event.applicantId(), event.communeId(), event.dossierId(), event.at(), text,
				String.join(",", sent)));
	}

	/** The officer's words of the last move (the refusal's reasons, what to supplement), at most 300 characters. */
	private String reasonOf(long dossierId) {
		List<HistoryEntry> lines = history.ofDossier(dossierId);
		if (lines.isEmpty()) {
			return null;
		}
		String comment = lines.get(lines.size() - 1).view().comment();
		return comment == null || comment.length() <= 300 ? comment : comment.substring(0, 299) + "…";
	}

	@Transactional(readOnly = true)
	public List<DossierNotificationView> of(CurrentUser user) {
		return notifications.findByAccountIdOrderByAtDesc(user.accountId(), PageRequest.of(0, 30)).stream()
			.map(DossierNotification::view).toList();
	}

}
