package vn.langso.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.shared.CitizenId;
import vn.langso.shared.NotFoundException;
import vn.langso.shared.PhoneNumber;

/**
 * Opens and reads accounts. Reading another person's account is personal data and is written to the
 * audit log; every read is scoped to the communes the reader may see.
 */
@Service
@Transactional
public class Accounts {

	private static final String REGISTRATION = "REGISTRATION";

	private static final String REGISTRATION_TEXT = "LangSo: ma xac nhan dang ky tai khoan cua ban la %s (hieu luc 10 phut).";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Areas areas;

	private final CommuneAccess access;

	private final AuditLog audit;

	private final PhoneCodes phoneCodes;

	private final Clock clock;

	Accounts(AccountRepository accounts, PasswordEncoder passwords, Areas areas, CommuneAccess access, AuditLog audit,
			PhoneCodes phoneCodes, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.areas = areas;
		this.access = access;
		this.audit = audit;
		this.phoneCodes = phoneCodes;
		this.clock = clock;
	}

	/**
	 * First step of opening a citizen account: every check, then a one-time code to the phone. Nothing is
	 * saved until {@link #confirmCitizenRegistration} gets the code back. The CCCD stays unproven.
	 */
	public PendingRegistration startCitizenRegistration(CitizenRegistration form) {
		List<FieldProblem> problems = new ArrayList<>();
		CitizenId.problemWith(form.citizenId())
			.ifPresent(p -> problems.add(new FieldProblem("citizenId", "validation.citizenId.structure")));
		if (!PhoneNumber.isValid(form.phone())) {
			problems.add(new FieldProblem("phone", "validation.phone.invalid"));
		}
		AreaView commune = areas.byId(form.communeId()).filter(a -> a.level() == AreaLevel.COMMUNE).orElse(null);
		if (commune == null) {
			problems.add(new FieldProblem("communeId", "validation.commune.required"));
		}
		else if (form.villageId() != null && !areas.isVillageOf(form.villageId(), commune.id())) {
			problems.add(new FieldProblem("villageId", "validation.village.unknown"));
		}
		if (problems.isEmpty()) {
			if (accounts.existsByCitizenId(form.citizenId())) {
				problems.add(new FieldProblem("citizenId", "validation.citizenId.taken"));
			}
			if (accounts.existsByPhone(PhoneNumber.parse(form.phone()).value())) {
				problems.add(new FieldProblem("phone", "validation.phone.taken"));
			}
		}
		if (!problems.isEmpty()) {
			throw new RegistrationRefused(problems);
		}
		String phone = PhoneNumber.parse(form.phone()).value();
		phoneCodes.send(phone, REGISTRATION, REGISTRATION_TEXT);
		return new PendingRegistration(form.fullName().trim(), form.citizenId(), phone, blankToNull(form.email()),
				commune.id(), form.villageId(), passwords.encode(form.password()));
	}

	/** Sends another code for a pending registration (the hourly limit applies). */
	public void resendRegistrationCode(PendingRegistration pending) {
		phoneCodes.send(pending.phone(), REGISTRATION, REGISTRATION_TEXT);
	}

	/**
	 * Second step: the code proves the phone, and the account is opened. The uniqueness checks run
	 * again, since someone may have taken the number meanwhile. A wrong code counts a try and is refused.
	 */
	@Transactional(noRollbackFor = RegistrationRefused.class)
	public AccountView confirmCitizenRegistration(PendingRegistration pending, String code) {
		phoneCodes.confirm(pending.phone(), REGISTRATION, code);
		List<FieldProblem> problems = new ArrayList<>();
		if (accounts.existsByCitizenId(pending.citizenId())) {
			problems.add(new FieldProblem("citizenId", "validation.citizenId.taken"));
		}
		if (accounts.existsByPhone(pending.phone())) {
			problems.add(new FieldProblem("phone", "validation.phone.taken"));
		}
		if (!problems.isEmpty()) {
			throw new RegistrationRefused(problems);
		}
		AreaView commune = areas.commune(pending.communeId());
		Account account = new Account(pending.phone(), pending.fullName(), pending.passwordHash(), commune.parentId(),
				commune.id(), EnumSet.of(Role.CITIZEN))
			.withContact(pending.phone(), pending.citizenId(), pending.email())
			.inVillage(pending.villageId())
			.phoneVerified(clock.instant());
		return accounts.save(account).view();
	}

	/** Opens an official's account; commune administrators may only open accounts in their commune. */
	public AccountView createStaff(CurrentUser admin, StaffAccountRequest request) {
		Long communeId = admin.isProvinceWide() ? request.communeId() : admin.communeId();
		List<FieldProblem> problems = new ArrayList<>();
		if (communeId != null) {
			access.require(admin, communeId);
		}
		else if (!request.roles().stream().allMatch(r -> r == Role.PROVINCE_OVERSEER || r == Role.ADMINISTRATOR)) {
			problems.add(new FieldProblem("communeId", "validation.commune.required"));
		}
		if (request.roles().contains(Role.CITIZEN)) {
			problems.add(new FieldProblem("roles", "validation.roles.staffOnly"));
		}
		if (!admin.isProvinceWide() && request.roles().contains(Role.PROVINCE_OVERSEER)) {
			problems.add(new FieldProblem("roles", "validation.roles.provinceOnly"));
		}
		String phone = request.phone() == null || request.phone().isBlank() ? null : normalizedPhone(request.phone(), problems);
		if (request.villageId() != null && (communeId == null || !areas.isVillageOf(request.villageId(), communeId))) {
			problems.add(new FieldProblem("villageId", "validation.village.unknown"));
		}
		if (accounts.existsByUsername(request.username().toLowerCase(Locale.ROOT))) {
			problems.add(new FieldProblem("username", "validation.username.taken"));
		}
		if (phone != null && accounts.existsByPhone(phone)) {
			problems.add(new FieldProblem("phone", "validation.phone.taken"));
		}
		if (!problems.isEmpty()) {
			throw new RegistrationRefused(problems);
		}
		Account account = new Account(request.username().toLowerCase(Locale.ROOT), request.fullName().trim(),
				passwords.encode(request.password()), admin.provinceId(), communeId, EnumSet.copyOf(request.roles()))
			.withContact(phone, null, blankToNull(request.email()))
			.inVillage(request.villageId());
		AccountView created = accounts.save(account).view();
		audit.record(admin, communeId, "ACCOUNT_CREATED", "account", String.valueOf(created.id()), created.username());
		return created;
	}

	/** The signed-in person's own account; reading one's own data is not audited. */
	@Transactional(readOnly = true)
	public AccountView own(CurrentUser user) {
		return accounts.findById(user.accountId()).map(Account::view)
			.orElseThrow(() -> new NotFoundException("account"));
	}

	/** Another person's account, for an administrator of their commune; written to the audit log. */
	public AccountView viewAsAdministrator(CurrentUser admin, long accountId) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
		if (account.communeId() == null) {
			if (!admin.isProvinceWide()) {
				throw new NotFoundException("account");
			}
		}
		else {
			access.require(admin, account.communeId());
		}
		audit.record(admin, account.communeId(), "VIEW", "account", String.valueOf(accountId), null);
		return account.view();
	}

	@Transactional(readOnly = true)
	public Page<AccountView> list(CurrentUser admin, Long communeFilter, Pageable page) {
		if (admin.isProvinceWide() && communeFilter == null) {
			return accounts.findAllByOrderByFullName(page).map(Account::view);
		}
		long communeId = access.communeFor(admin, communeFilter);
		return accounts.findByCommuneIdOrderByFullName(communeId, page).map(Account::view);
	}

	/**
	 * The enabled citizen accounts registered in the given villages of a commune, for announcements
	 * (in-app, e-mail, SMS/Zalo). Only the messaging modules read these contacts; they never show them.
	 */
	@Transactional(readOnly = true)
	public List<AccountView> citizensOfVillages(long communeId, java.util.Collection<Long> villageIds) {
		return accounts.findByCommuneId(communeId).stream()
			.filter(a -> a.view().enabled() && a.view().roles().contains(Role.CITIZEN))
			.filter(a -> a.view().villageId() != null && villageIds.contains(a.view().villageId()))
			.map(Account::view)
			.toList();
	}

	/** The enabled citizen account with this CCCD, so a paper dossier filed at the desk reaches its owner online. */
	@Transactional(readOnly = true)
	public Optional<AccountView> citizenByCitizenId(String citizenId) {
		return citizenId == null ? Optional.empty() : accounts.findByCitizenId(citizenId.strip()).map(Account::view)
			.filter(a -> a.enabled() && a.roles().contains(Role.CITIZEN));
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> byUsername(String username) {
		return accounts.findByUsername(username).map(Account::view);
	}

	/** The enabled staff accounts of a commune, for modules that assign work to officials or notify leaders. */
	@Transactional(readOnly = true)
	public List<StaffMember> staffOf(long communeId) {
		return accounts.findByCommuneId(communeId).stream()
			.filter(a -> a.view().enabled() && a.view().roles().stream().anyMatch(Role::isStaff))
			.map(a -> new StaffMember(a.view().id(), a.view().fullName(), a.view().roles(), a.view().villageId()))
			.sorted(java.util.Comparator.comparing(StaffMember::fullName))
			.toList();
	}

	private static String normalizedPhone(String typed, List<FieldProblem> problems) {
		if (!PhoneNumber.isValid(typed)) {
			problems.add(new FieldProblem("phone", "validation.phone.invalid"));
			return null;
		}
		return PhoneNumber.parse(typed).value();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
