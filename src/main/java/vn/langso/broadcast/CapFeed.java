package vn.langso.broadcast;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Service;
import vn.langso.identity.AreaView;
import vn.langso.identity.Areas;
import vn.langso.shared.NotFoundException;

/**
 * Emergency announcements as OASIS CAP 1.2: one alert per announcement, and an Atom feed of the
 * alerts in force (the "CAP feeds" practice) at /cap/alerts.xml. Times carry the +07:00 offset the
 * schema's pattern asks for; element order follows the schema exactly.
 */
@Service
public class CapFeed {

	static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private final Announcements announcements;

	private final Areas areas;

	private final AudioFiles audio;

	private final Clock clock;

	CapFeed(Announcements announcements, Areas areas, AudioFiles audio, Clock clock) {
		this.announcements = announcements;
		this.areas = areas;
		this.audio = audio;
		this.clock = clock;
	}

	/** The Atom feed of every emergency alert in force, each entry carrying its CAP alert. */
	public String feed(String baseUrl) {
		List<AnnouncementView> alerts = announcements.activeEmergencies();
		return write(xml -> {
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", baseUrl + "/cap/alerts.xml");
			element(xml, "title", "LàngSố — cảnh báo khẩn cấp (CAP 1.2)");
			element(xml, "updated", time(alerts.isEmpty() ? clock.instant() : alerts.getFirst().publishedAt()));
			xml.writeStartElement("author");
			element(xml, "name", "LàngSố");
			xml.writeEndElement();
			for (AnnouncementView alert : alerts) {
				xml.writeStartElement("entry");
				element(xml, "id", baseUrl + "/cap/alerts/" + alert.id() + ".xml");
				element(xml, "title", alert.title());
				element(xml, "updated", time(alert.publishedAt()));
				xml.writeEmptyElement("link");
				xml.writeAttribute("rel", "alternate");
				xml.writeAttribute("type", "application/cap+xml");
				xml.writeAttribute("href", baseUrl + "/cap/alerts/" + alert.id() + ".xml");
				xml.writeStartElement("content");
				xml.writeAttribute("type", "application/cap+xml");
				alert(xml, alert, baseUrl);
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	/** One published emergency announcement as a CAP 1.2 alert document. */
	public String alert(long id, String baseUrl) {
		AnnouncementView alert = announcements.activeEmergencies().stream().filter(a -> a.id() == id).findFirst()
			.or(() -> announcements.emergency(id))
			.orElseThrow(() -> new NotFoundException("alert " + id));
		return write(xml -> alert(xml, alert, baseUrl));
	}

	private void alert(XMLStreamWriter xml, AnnouncementView alert, String baseUrl) throws XMLStreamException {
		AreaView commune = areas.commune(alert.communeId());
		xml.writeStartElement("alert");
		xml.writeDefaultNamespace(CAP);
		element(xml, "identifier", "langso-" + commune.code() + "-" + alert.id());
		element(xml, "sender", commune.slug() + "@langso.vn");
		element(xml, "sent", time(alert.publishedAt()));
		element(xml, "status", "Actual");
		element(xml, "msgType", "Alert");
		element(xml, "scope", "Public");
		xml.writeStartElement("info");
		element(xml, "language", "vi-VN");
		element(xml, "category", category(alert));
		element(xml, "event", alert.capEvent() == null ? alert.title() : alert.capEvent());
		element(xml, "urgency", "Immediate");
		element(xml, "severity", "Severe");
		element(xml, "certainty", "Likely");
		element(xml, "expires", time(alert.expiresAt()));
		element(xml, "senderName", "UBND " + commune.name());
		element(xml, "headline", alert.title());
		element(xml, "description", alert.body());
		element(xml, "web", baseUrl + "/xa/" + commune.slug() + "/thong-bao/" + alert.id());
		if (alert.audioFile() != null) {
			xml.writeStartElement("resource");
			element(xml, "resourceDesc", "Bản tin phát trên loa truyền thanh");
			element(xml, "mimeType", alert.audioFile().endsWith(".mp3") ? "audio/mpeg" : "audio/wav");
			element(xml, "uri", audio.url(alert.audioFile()));
			xml.writeEndElement();
		}
		xml.writeStartElement("area");
		List<AreaView> villages = alert.villageIds().stream().map(areas::byId).flatMap(java.util.Optional::stream).toList();
		element(xml, "areaDesc", String.join(", ", villages.stream().map(AreaView::name).toList()) + " — " + commune.name());
		for (AreaView village : villages) {
			xml.writeStartElement("geocode");
			element(xml, "valueName", "LANGSO_AREA_CODE");
			element(xml, "value", village.code());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static String category(AnnouncementView alert) {
		String text = vn.langso.shared.VietnameseText.fold((alert.capEvent() == null ? "" : alert.capEvent()) + " " + alert.title());
		return text.matches(".*\\b(bao|lu|lut|mua|ap thap|gio|ret|han|nang nong|sat lo)\\b.*") ? "Met" : "Safety";
	}

	private static String time(Instant instant) {
		return CAP_TIME.format(instant.atOffset(VIETNAM));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String write(XmlBody body) {
		try {
			StringWriter out = new StringWriter();
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
			return out.toString();
		}
		catch (XMLStreamException failure) {
			throw new IllegalStateException(failure);
		}
	}

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
