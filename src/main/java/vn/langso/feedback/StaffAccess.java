package vn.langso.feedback;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.NotFoundException;

/**
 * Which official may work on which report: triage roles and province overseers on every report of
 * their communes, the assignee on theirs, a village head on their village's. A report one may not
 * work on is "not found".
 */
@Component
class StaffAccess {

	static final Set<Role> TRIAGE = EnumSet.of(Role.ONE_STOP_OFFICER, Role.COMMUNE_LEADER, Role.ADMINISTRATOR);

	static final Set<Role> ASSIGNABLE = EnumSet.of(Role.ONE_STOP_OFFICER, Role.SPECIALIST, Role.COMMUNE_LEADER,
			Role.VILLAGE_HEAD, Role.DIGITAL_TEAM_MEMBER);

	private final ReportRepository reports;

	private final CommuneAccess access;

	StaffAccess(ReportRepository reports, CommuneAccess access) {
		this.reports = reports;
		this.access = access;
	}

	Report workable(CurrentUser user, long reportId) {
		Report report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report"));
		access.require(user, report.communeId());
		if (!mayWorkOn(user, report)) {
			throw new NotFoundException("report");
		}
		return report;
	}

	static boolean mayWorkOn(CurrentUser user, Report report) {
		if (triages(user) || user.has(Role.PROVINCE_OVERSEER)) {
			return true;
		}
		if (Objects.equals(report.assigneeAccountId(), user.accountId())) {
			return true;
		}
		return user.has(Role.VILLAGE_HEAD) && user.villageId() != null && user.villageId().equals(report.villageId());
	}

	static boolean triages(CurrentUser user) {
		return user.roles().stream().anyMatch(TRIAGE::contains);
	}

	static void requireTriage(CurrentUser user) {
		if (!triages(user)) {
			throw new ForbiddenException("triage only");
		}
	}

}
