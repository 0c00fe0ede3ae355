package vn.langso.dossier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.catalog.Catalog;
import vn.langso.identity.CurrentUser;
import vn.langso.shared.ConflictException;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/** Satisfaction ratings: once per dossier, by its applicant, after the result; public statistics. */
@Service
@Transactional
public class Ratings {

	private final RatingRepository ratings;

	private final Dossiers applicantSide;

	private final Catalog catalog;

	private final Clock clock;

	Ratings(RatingRepository ratings, Dossiers applicantSide, Catalog catalog, Clock clock) {
		this.ratings = ratings;
		this.applicantSide = applicantSide;
		this.catalog = catalog;
		this.clock = clock;
	}

	public void rate(CurrentUser user, long dossierId, RatingForm form) {
		Dossier dossier = applicantSide.ownDossier(user, dossierId);
		if (!dossier.status().hasResult() && dossier.status() != DossierStatus.REFUSED) {
			throw new ConflictException("dossier.rating.tooEarly");
		}
		if (ratings.existsByDossierId(dossier.id())) {
			throw new ConflictException("dossier.rating.twice");
		}
		for (Integer score : List.of(form.publicity(), form.timeliness(), form.attitude(), form.result())) {
			if (score == null || score < 0 || score > 2) {
				throw new InvalidInputException("dossier.rating.range");
			}
		}
		ratings.save(new Rating(dossier, form, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Optional<RatingForm> ratingOf(CurrentUser user, long dossierId) {
		Dossier dossier = applicantSide.ownDossier(user, dossierId);
		return ratings.findByDossierId(dossier.id()).map(Rating::form);
	}

	@Transactional(readOnly = true)
	public RatingStatistics statistics(long communeId) {
		List<RatingStatistics.Row> rows = new ArrayList<>();
		long total = 0;
		long satisfied = 0;
		for (Object[] r : ratings.statistics(communeId)) {
			String code = (String) r[0];
			long count = ((Number) r[1]).longValue();
			long happy = ((Number) r[6]).longValue();
			String name = safeName(code);
			rows.add(new RatingStatistics.Row(code, name, count, num(r[2]), num(r[3]), num(r[4]), num(r[5]),
					count == 0 ? 0 : (double) happy / count));
			total += count;
			satisfied += happy;
		}
		double share = total == 0 ? 0 : (double) satisfied / total;
		return new RatingStatistics(total, share, Math.min(6, 6 * share / 0.90), rows);
	}

	private String safeName(String code) {
		try {
			return catalog.current(code).name();
		}
		catch (NotFoundException ex) {
			return code;
		}
	}

	private static double num(Object value) {
		return value == null ? 0 : ((Number) value).doubleValue();
	}

}
