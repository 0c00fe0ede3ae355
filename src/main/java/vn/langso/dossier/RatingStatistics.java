package vn.langso.dossier;

import java.util.List;

/**
 * Public satisfaction figures of a commune. A rating counts as satisfied when its four criteria add
 * up to at least 4 of 8; the index score follows QĐ 766: min(6, 6 × satisfied share / 0.90).
 */
public record RatingStatistics(long ratings, double satisfiedShare, double indexScore, List<Row> procedures) {

	public record Row(String procedureCode, String procedureName, long ratings, double publicity, double timeliness,
			double attitude, double result, double satisfiedShare) {
	}

}
