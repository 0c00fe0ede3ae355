package vn.langso.feedback;

/**
 * Figures for one category or village: reports, median hours to the first answer, share of answered
 * reports answered by the deadline, and the average rating (null when nothing was answered or rated).
 */
public record StatisticsRow(String label, long count, long answered, Double medianHoursToAnswer,
		Double onTimeShare, Double averageRating, long ratings) {
}
