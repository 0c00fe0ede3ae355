package vn.langso.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.langso.catalog.FeeRule;
import vn.langso.catalog.FormSchema;
import vn.langso.catalog.ProcedureView;
import vn.langso.catalog.ServiceLevel;
import vn.langso.catalog.WorkflowStep;
import vn.langso.shared.ConflictException;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;

class DossierTests {

	static final Actor CITIZEN = new Actor(5, "Trần Thị Mai", Set.of("CITIZEN"));

	static final Actor OFFICER = new Actor(7, "Nguyễn Thị Lan", Set.of("ONE_STOP_OFFICER"));

	static final Actor SPECIALIST = new Actor(8, "Đỗ Văn Nam", Set.of("SPECIALIST"));

	final WorkingCalendar calendar = new WorkingCalendar(WorkingCalendar.parseDays("2026-02-14..2026-02-22"), Set.of(),
			LocalTime.of(15, 0));

	Dossier dossier;

	static Instant at(int month, int day, int hour) {
		return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, Dossier.ZONE).toInstant();
	}

	@BeforeEach
	void filed() throws Exception {
		ProcedureView procedure = new ProcedureView(1, "1.004873", 1, "Cấp Giấy xác nhận tình trạng hôn nhân", "Hộ tịch",
				"NĐ 123/2015", List.of(), FeeRule.FIXED, 0, 0, null, 3, null, ServiceLevel.FULLY_ONLINE, "GIẤY XÁC NHẬN",
				FormSchema.parse("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}"),
				List.of(new WorkflowStep("RECEIVE", "ONE_STOP_OFFICER", 10), new WorkflowStep("PROCESS", "SPECIALIST", 60),
						new WorkflowStep("APPROVE", "COMMUNE_LEADER", 20), new WorkflowStep("RETURN", "ONE_STOP_OFFICER", 10)),
				null, "nguồn", false, Instant.now());
		dossier = new Dossier(1, procedure, 5, "Trần Thị Mai", null, null, "key-12345678", "ABCDEF", at(2, 12, 9));
		Field id = Dossier.class.getDeclaredField("id");
		id.setAccessible(true);
		id.set(dossier, 42L);
		dossier.perform(DossierAction.SUBMIT, CITIZEN, null, at(2, 12, 9), calendar);
	}

	@Test
	void receivedTheFridayBeforeTetItIsDueAfterTheHoliday() {
		dossier.perform(DossierAction.RECEIVE, OFFICER, null, at(2, 13, 10), calendar);
		assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 2, 25));
	}

	@Test
	void aSupplementStopsTheClockAndTheNextReceiptRestartsIt() {
		dossier.perform(DossierAction.RECEIVE, OFFICER, null, at(2, 12, 10), calendar);
		assertThatThrownBy(() -> dossier.perform(DossierAction.REQUEST_SUPPLEMENT, OFFICER, " ", at(2, 12, 11), calendar))
			.isInstanceOf(InvalidInputException.class);
		dossier.perform(DossierAction.REQUEST_SUPPLEMENT, OFFICER, "Thiếu giấy tờ", at(2, 12, 11), calendar);
		assertThat(dossier.dueDate()).isNull();
		assertThat(dossier.isOverdue(LocalDate.of(2026, 3, 30))).isFalse();
		dossier.perform(DossierAction.RESUBMIT, CITIZEN, null, at(3, 2, 8), calendar);
		dossier.perform(DossierAction.RECEIVE, OFFICER, null, at(3, 2, 9), calendar);
		assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
	}

	@Test
	void movesAreRefusedToOtherRolesAndFromOtherStatuses() {
		assertThatThrownBy(() -> dossier.perform(DossierAction.RECEIVE, SPECIALIST, null, at(2, 12, 10), calendar))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> dossier.perform(DossierAction.RESUBMIT, new Actor(99, "Khác", Set.of("CITIZEN")), null,
				at(2, 12, 10), calendar)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> dossier.perform(DossierAction.HAND_OVER, OFFICER, null, at(2, 12, 10), calendar))
			.isInstanceOf(ConflictException.class);
		assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
	}

	@Test
	void anApologyMovesTheDateOnceAndOnlyNearOrPastTheDueDate() {
		dossier.perform(DossierAction.RECEIVE, OFFICER, null, at(3, 2, 9), calendar);
		assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThatThrownBy(() -> dossier.apologize(OFFICER, "Cần xác minh", LocalDate.of(2026, 3, 10), at(3, 2, 10), calendar))
			.isInstanceOf(ConflictException.class).hasMessage("dossier.apologyTooEarly");
		assertThatThrownBy(() -> dossier.apologize(OFFICER, "Cần xác minh", LocalDate.of(2026, 3, 7), at(3, 4, 10), calendar))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> dossier.apologize(SPECIALIST, "Cần xác minh", LocalDate.of(2026, 3, 10), at(3, 4, 10), calendar))
			.isInstanceOf(ForbiddenException.class);
		dossier.apologize(OFFICER, "Cần xác minh thêm với xã khác", LocalDate.of(2026, 3, 10), at(3, 4, 10), calendar);
		assertThat(dossier.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThatThrownBy(() -> dossier.apologize(OFFICER, "Lần hai", LocalDate.of(2026, 3, 12), at(3, 10, 10), calendar))
			.isInstanceOf(ConflictException.class).hasMessage("dossier.apologyNotAllowed");
		assertThat(dossier.isOverdue(LocalDate.of(2026, 3, 11))).isTrue();
	}

	@Test
	void theOfficialWhoReceivedADossierMayNotApproveItWhateverRolesTheyHold() {
		Actor everyRole = new Actor(9, "Một Người", Set.of("ONE_STOP_OFFICER", "SPECIALIST", "COMMUNE_LEADER"));
		dossier.perform(DossierAction.RECEIVE, everyRole, null, at(2, 12, 10), calendar);
		dossier.perform(DossierAction.HAND_OVER, everyRole, null, at(2, 12, 10), calendar);
		dossier.perform(DossierAction.PROCESS, everyRole, "Đủ điều kiện", at(2, 12, 11), calendar);
		dossier.perform(DossierAction.SUBMIT_FOR_APPROVAL, everyRole, null, at(2, 12, 11), calendar);
		assertThatThrownBy(() -> dossier.perform(DossierAction.APPROVE, everyRole, null, at(2, 12, 12), calendar))
			.isInstanceOf(ConflictException.class).hasMessage("dossier.sameOfficial");
		assertThat(dossier.status()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
		Actor leader = new Actor(10, "Vũ Minh Quang", Set.of("COMMUNE_LEADER"));
		dossier.perform(DossierAction.APPROVE, leader, null, at(2, 12, 12), calendar);
		assertThat(dossier.status()).isEqualTo(DossierStatus.APPROVED);
	}

}
