package io.gongxin.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes keys and secrets to files only their owner can read (rw-------). On a POSIX file
 * system the file is created with those permissions and moved into place, so it is never
 * readable by others, not even for a moment; elsewhere the directory's protection
 * applies.
 */
public final class PrivateFiles {

	private PrivateFiles() {
	}

	public static void write(Path file, String content) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.writeString(file, content, StandardCharsets.UTF_8);
			return;
		}
		Path temporary = Files.createTempFile(directory, ".private-", ".tmp",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
