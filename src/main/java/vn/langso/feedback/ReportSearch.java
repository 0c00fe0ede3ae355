package vn.langso.feedback;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Open311 search as one plain SQL query with only the filters asked for, read straight into
 * views: it serves up to 1000 reports per call, where loading entities would be wasted work.
 */
@Component
class ReportSearch {

	private static final String COLUMNS = "id, commune_id, village_id, category_id, tracking_code, description, latitude, "
			+ "longitude, address, status, source, show_name, reporter_name, photos_public, assignee_account_id, "
			+ "assignee_name, deadline, answer, answered_by, rating, rating_comment, created_at, updated_at, answered_at, "
			+ "closed_at, escalated_at";

	private final JdbcTemplate jdbc;

	ReportSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<ReportView> search(long communeId, Instant from, Instant to, Long categoryId, Boolean closed, int limit,
			Map<Long, CategoryView> categories, Map<Long, String> villages, LocalDate today) {
		StringBuilder sql = new StringBuilder("select ").append(COLUMNS)
			.append(" from feedback_report where commune_id = ? and created_at >= ? and created_at < ?");
		List<Object> args = new ArrayList<>(List.of(communeId, Timestamp.from(from), Timestamp.from(to)));
		if (categoryId != null) {
			sql.append(" and category_id = ?");
			args.add(categoryId);
		}
		if (closed != null) {
			sql.append(closed ? " and status = 'CLOSED'" : " and status <> 'CLOSED'");
		}
		sql.append(" order by created_at desc limit ?");
		args.add(limit);
		return jdbc.query(sql.toString(), (rs, row) -> view(rs, categories, villages, today), args.toArray());
	}

	private static ReportView view(ResultSet rs, Map<Long, CategoryView> categories, Map<Long, String> villages,
			LocalDate today) throws SQLException {
		CategoryView category = categories.get(rs.getLong("category_id"));
		Long villageId = (Long) rs.getObject("village_id", Long.class);
		ReportStatus status = ReportStatus.valueOf(rs.getString("status"));
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		Instant answeredAt = instant(rs, "answered_at");
		boolean overdue = deadline != null && answeredAt == null && status.isOpen() && today.isAfter(deadline);
		return new ReportView(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("tracking_code"),
				category == null ? "?" : category.code(), category == null ? "?" : category.name(), villageId,
				villageId == null ? null : villages.get(villageId), rs.getString("description"),
				decimal(rs, "latitude"), decimal(rs, "longitude"), rs.getString("address"), status, rs.getString("source"),
				rs.getBoolean("show_name") ? rs.getString("reporter_name") : null, rs.getBoolean("photos_public"),
				(Long) rs.getObject("assignee_account_id", Long.class), rs.getString("assignee_name"), deadline, overdue,
				rs.getString("answer"), rs.getString("answered_by"), (Integer) rs.getObject("rating", Integer.class),
				rs.getString("rating_comment"), instant(rs, "created_at"), instant(rs, "updated_at"), answeredAt,
				instant(rs, "closed_at"), instant(rs, "escalated_at"));
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
