package vn.langso.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langso.identity.AuditLog;
import vn.langso.identity.CommuneAccess;
import vn.langso.identity.CurrentUser;
import vn.langso.identity.Role;
import vn.langso.shared.ForbiddenException;
import vn.langso.shared.InvalidInputException;
import vn.langso.shared.NotFoundException;

/** Open311 API keys: issued and revoked by a commune administrator; a key posts reports to its commune only. */
@Service
@Transactional
public class ApiKeys {

	private final ApiKeyRepository keys;

	private final CommuneAccess access;

	private final AuditLog audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiKeys(ApiKeyRepository keys, CommuneAccess access, AuditLog audit, Clock clock) {
		this.keys = keys;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Issues a key and returns it in clear, the only time it is ever shown. */
	public String issue(CurrentUser admin, long communeId, String name) {
		requireAdmin(admin, communeId);
		if (name == null || name.isBlank() || name.length() > 120) {
			throw new InvalidInputException("feedback.validation.keyName");
		}
		byte[] secret = new byte[24];
		random.nextBytes(secret);
		String key = "ls_" + HexFormat.of().formatHex(secret);
		ApiKey saved = keys.save(new ApiKey(communeId, name.trim(), key.substring(0, 9), sha256(key), clock.instant(),
				admin.fullName()));
		audit.record(admin, communeId, "API_KEY_ISSUED", "open311-key", String.valueOf(saved.view().id()), name.trim());
		return key;
	}

	public void revoke(CurrentUser admin, long keyId) {
		ApiKey key = keys.findById(keyId).orElseThrow(() -> new NotFoundException("key"));
		requireAdmin(admin, key.communeId());
		key.revoke();
		audit.record(admin, key.communeId(), "API_KEY_REVOKED", "open311-key", String.valueOf(keyId), null);
	}

	@Transactional(readOnly = true)
	public List<ApiKeyView> ofCommune(CurrentUser admin, long communeId) {
		requireAdmin(admin, communeId);
		return keys.findByCommuneIdOrderByCreatedAtDesc(communeId).stream().map(ApiKey::view).toList();
	}

	/** The commune a valid, unrevoked key belongs to. */
	@Transactional(readOnly = true)
	public Optional<Long> communeOf(String key) {
		if (key == null || key.isBlank()) {
			return Optional.empty();
		}
		return keys.findByKeyHash(sha256(key.trim())).filter(k -> !k.revoked()).map(ApiKey::communeId);
	}

	private void requireAdmin(CurrentUser admin, long communeId) {
		access.require(admin, communeId);
		if (!admin.has(Role.ADMINISTRATOR)) {
			throw new ForbiddenException("administrators only");
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
