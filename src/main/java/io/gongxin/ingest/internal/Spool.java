package io.gongxin.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps every submission as it arrived, before anything is parsed: the original is
 * evidence, and a batch interrupted by a crash is processed again from it.
 */
@Component
class Spool {

	private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {
	};

	private final Path directory;

	private final JsonMapper json;

	Spool(@Value("${gongxin.ingest.spool-directory:data/spool}") Path directory, JsonMapper json) {
		this.directory = directory;
		this.json = json;
	}

	record Stored(Path file, String sha256, long size) {
	}

	Stored store(UUID batchId, String extension, InputStream content) {
		Path partial = this.directory.resolve(batchId + ".part");
		try {
			Files.createDirectories(this.directory);
			Path target = file(batchId, extension);
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha)) {
				size = content.transferTo(out);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return new Stored(target, HexFormat.of().formatHex(sha.digest()), size);
		}
		catch (IOException ex) {
			// a full disk or a caller gone mid-upload: keep nothing of it
			discardQuietly(partial);
			throw new UncheckedIOException("Could not keep the submitted file", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Removes a batch's spooled file whose batch could not be recorded. */
	void discard(UUID batchId) {
		for (String extension : List.of("csv", "xlsx", "json")) {
			discardQuietly(file(batchId, extension));
		}
	}

	private static void discardQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a file that cannot be removed now is only space, never a record
		}
	}

	Stored storeRows(UUID batchId, List<Map<String, String>> rows) {
		byte[] bytes = this.json.writeValueAsBytes(rows);
		return store(batchId, "json", new java.io.ByteArrayInputStream(bytes));
	}

	List<Map<String, String>> readRows(UUID batchId) {
		return this.json.readValue(file(batchId).toFile(), ROWS);
	}

	/** The spooled file of a batch, whatever its format. */
	Path file(UUID batchId) {
		for (String extension : List.of("csv", "xlsx", "json")) {
			Path candidate = file(batchId, extension);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		throw new IntakeException("GX-ING-008", "The submitted file of batch " + batchId + " is missing.");
	}

	RowSource open(UUID batchId, Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".xlsx")) {
			return new XlsxRowSource(file);
		}
		if (name.endsWith(".json")) {
			return new ListRowSource(readRows(batchId));
		}
		return new CsvRowSource(file);
	}

	private Path file(UUID batchId, String extension) {
		return this.directory.resolve(batchId + "." + extension);
	}

}
