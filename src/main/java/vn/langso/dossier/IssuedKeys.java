package vn.langso.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signing keys of a PKCS#12 file from a certification authority: every private-key entry with its
 * certificate chain, by alias. A commune signs with the entry named by its code, else with the file's
 * only key (one seal for the whole deployment); with several keys and none for the commune, it cannot sign.
 */
final class IssuedKeys {

	private IssuedKeys() {
	}

	/** Reads the file now, so that a wrong path or password stops the start with a clear message. */
	static Map<String, KeyStore.PrivateKeyEntry> load(Path file, char[] password) {
		Map<String, KeyStore.PrivateKeyEntry> entries = new TreeMap<>();
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password);
			for (String alias : Collections.list(store.aliases())) {
				if (store.isKeyEntry(alias)) {
					entries.put(alias, new KeyStore.PrivateKeyEntry((PrivateKey) store.getKey(alias, password),
							store.getCertificateChain(alias)));
				}
			}
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("langso.signing.keystore-file " + file + " cannot be opened with "
					+ "langso.signing.keystore-password: " + ex.getMessage(), ex);
		}
		if (entries.isEmpty()) {
			throw new IllegalStateException("langso.signing.keystore-file " + file + " holds no private key");
		}
		return Map.copyOf(entries);
	}

	static KeyStore.PrivateKeyEntry forCommune(Map<String, KeyStore.PrivateKeyEntry> entries, String communeCode) {
		KeyStore.PrivateKeyEntry own = entries.get(communeCode);
		if (own != null) {
			return own;
		}
		if (entries.size() == 1) {
			return entries.values().iterator().next();
		}
		throw new IllegalStateException("langso.signing.keystore-file has no key with alias " + communeCode
				+ " for this commune (aliases: " + new TreeMap<>(entries).keySet() + ")");
	}

}
