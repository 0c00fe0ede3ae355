package vn.langso.economy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * An {@link EpcisQuery} as a JPA specification over stored events, plus the keyset condition of a page
 * (events older than the last one served; newest first, ties broken by row id).
 */
final class EpcisEventFilter {

	private EpcisEventFilter() {
	}

	static Specification<EpcisEventRecord> of(EpcisQuery query, Instant afterTime, Long afterId) {
		return (root, q, cb) -> {
			List<Predicate> all = new ArrayList<>();
			in(all, root, "eventType", query.eventTypes());
			in(all, root, "action", query.actions());
			in(all, root, "bizStep", query.bizSteps());
			in(all, root, "disposition", query.dispositions());
			in(all, root, "readPoint", query.readPoints());
			in(all, root, "bizLocation", query.bizLocations());
			in(all, root, "eventId", query.eventIds());
			range(all, cb, root, "eventTime", query.geEventTime(), query.ltEventTime());
			range(all, cb, root, "recordTime", query.geRecordTime(), query.ltRecordTime());
			for (EpcisQuery.KeyMatch match : query.matches()) {
				all.add(keyMatch(root, q.subquery(Long.class), cb, match));
			}
			if (afterTime != null) {
				all.add(cb.or(cb.lessThan(root.get("eventTime"), afterTime),
						cb.and(cb.equal(root.get("eventTime"), afterTime), cb.lessThan(root.get("id"), afterId))));
			}
			return cb.and(all.toArray(Predicate[]::new));
		};
	}

	private static void in(List<Predicate> all, Root<EpcisEventRecord> root, String field, List<String> values) {
		if (values != null) {
			all.add(root.get(field).in(values));
		}
	}

	private static void range(List<Predicate> all, CriteriaBuilder cb, Root<EpcisEventRecord> root, String field,
			Instant fromInclusive, Instant toExclusive) {
		if (fromInclusive != null) {
			all.add(cb.greaterThanOrEqualTo(root.get(field), fromInclusive));
		}
		if (toExclusive != null) {
			all.add(cb.lessThan(root.get(field), toExclusive));
		}
	}

	/** The event has a key in one of the roles with one of the values; a subquery, so pages never repeat rows. */
	private static Predicate keyMatch(Root<EpcisEventRecord> root, Subquery<Long> sub, CriteriaBuilder cb,
			EpcisQuery.KeyMatch match) {
		Root<EpcisEventRecord> inner = sub.from(EpcisEventRecord.class);
		Join<EpcisEventRecord, String> key = inner.join("keys");
		List<Predicate> any = new ArrayList<>();
		for (String role : match.roles()) {
			for (String value : match.values()) {
				any.add(value.endsWith("*")
						? cb.like(key, escape(EventKeys.key(role, value.substring(0, value.length() - 1))) + "%", '\\')
						: cb.equal(key, EventKeys.key(role, value)));
			}
		}
		sub.select(inner.get("id")).where(cb.or(any.toArray(Predicate[]::new)));
		return root.get("id").in(sub);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
