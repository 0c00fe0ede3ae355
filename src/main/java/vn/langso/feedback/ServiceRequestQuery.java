package vn.langso.feedback;

import java.time.Instant;
import java.util.List;

/**
 * An Open311 search over one commune: either a list of ids, or a window of requested times with an
 * optional list of services (categories: GeoReport v2 takes service_code as a comma list) and open/closed filter, newest first, one page of it.
 *
 * @param ids the wanted report ids; when not empty every other filter is ignored
 * @param closed {@code true} closed only, {@code false} open only, {@code null} both
 * @param offset rows skipped (page number times page size)
 * @param limit rows returned at most
 */
public record ServiceRequestQuery(long communeId, List<Long> ids, Instant from, Instant to, List<Long> categoryIds,
		Boolean closed, int offset, int limit) {

	public ServiceRequestQuery {
		ids = ids == null ? List.of() : List.copyOf(ids);
		categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
		if (offset < 0 || limit < 1) {
			throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
		}
		if (ids.isEmpty() && (from == null || to == null)) {
			throw new IllegalArgumentException("a window needs both ends");
		}
	}

	public static ServiceRequestQuery byIds(long communeId, List<Long> ids) {
		return new ServiceRequestQuery(communeId, ids, null, null, List.of(), null, 0, Math.max(1, ids.size()));
	}

}
