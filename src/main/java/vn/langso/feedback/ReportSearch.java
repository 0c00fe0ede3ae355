package vn.langso.feedback;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Open311 search as one plain SQL statement with only the filters asked for, each row handed on as
 * soon as it is read (the caller writes it to the response), so a page of 1000 requests is never held
 * as entities, views and a document at once. The category's code and name come by a join and the
 * first published photo by a correlated sub-select in the same statement, not one query per row. Ordered by requested time and id, which
 * the migration {@code feedback_search_indexes} backs with one index per filter shape.
 */
@Component
class ReportSearch {

	private static final String OPEN_STATUSES = Arrays.stream(ReportStatus.values())
		.filter(ReportStatus::isOpen)
		.map(s -> "'" + s.name() + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	private static final String SELECT = "select r.id, c.code as service_code, c.name as service_name, r.description, "
			+ "r.status, r.answer, r.created_at, r.updated_at, r.deadline, r.address, r.latitude, r.longitude, "
			+ "case when r.photos_public then (select min(p.id) from feedback_photo p where p.report_id = r.id) end as photo_id "
			+ "from feedback_report r join feedback_category c on c.id = r.category_id where r.commune_id = ?";

	private final JdbcTemplate jdbc;

	ReportSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs the query and hands each row to {@code each} in order; returns how many rows were handed on. */
	int search(ServiceRequestQuery query, Consumer<ServiceRequestView> each) {
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> args = new ArrayList<>();
		args.add(query.communeId());
		if (!query.ids().isEmpty()) {
			sql.append(" and r.id in (").append(String.join(", ", query.ids().stream().map(id -> "?").toList())).append(')');
			args.addAll(query.ids());
		}
		else {
			sql.append(" and r.created_at >= ? and r.created_at < ?");
			args.add(Timestamp.from(query.from()));
			args.add(Timestamp.from(query.to()));
			if (!query.categoryIds().isEmpty()) {
				sql.append(" and r.category_id in (").append(String.join(", ", query.categoryIds().stream().map(id -> "?").toList()))
					.append(')');
				args.addAll(query.categoryIds());
			}
			if (query.closed() != null) {
				sql.append(query.closed() ? " and r.status = 'CLOSED'" : " and r.status in " + OPEN_STATUSES);
			}
		}
		sql.append(" order by r.created_at desc, r.id desc limit ? offset ?");
		args.add(query.limit());
		args.add(query.offset());
		int[] count = { 0 };
		jdbc.query(sql.toString(), (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
			each.accept(view(rs));
			count[0]++;
		}, args.toArray());
		return count[0];
	}

	private static ServiceRequestView view(ResultSet rs) throws SQLException {
		return new ServiceRequestView(rs.getLong("id"), rs.getString("service_code"), rs.getString("service_name"),
				rs.getString("description"),
				ReportStatus.valueOf(rs.getString("status")), rs.getString("answer"), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getObject("deadline", LocalDate.class), rs.getString("address"),
				decimal(rs, "latitude"), decimal(rs, "longitude"), (Long) rs.getObject("photo_id", Long.class));
	}

	private static Double decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.doubleValue();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
