package vn.langso.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files of dossiers (attachments, e-results) in a folder under the data directory, named by their
 * SHA-256 so that the same file is kept once. A file written inside a transaction that then rolls back
 * is removed again, so a refused submission leaves nothing behind.
 */
@Component
class FileStore {

	private final Path root;

	FileStore(@Value("${langso.data-dir}") String dataDir) {
		this.root = Path.of(dataDir, "files", "dossier");
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Stores the content and returns its name (the SHA-256 in hex). */
	String put(byte[] content) {
		String name = sha256(content);
		Path file = pathOf(name);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Path temporary = Files.createTempFile(file.getParent(), name, ".tmp");
				Files.write(temporary, content);
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
				removeOnRollback(file);
			}
			return name;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] get(String name) {
		try {
			return Files.readAllBytes(pathOf(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path pathOf(String name) {
		if (!name.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a file name of the store");
		}
		return root.resolve(name.substring(0, 2)).resolve(name);
	}

	private static void removeOnRollback(Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status == STATUS_ROLLED_BACK) {
						try {
							Files.deleteIfExists(file);
						}
						catch (IOException ignored) {
							// an orphan blob is harmless: nothing refers to it
						}
					}
				}
			});
		}
	}

}
