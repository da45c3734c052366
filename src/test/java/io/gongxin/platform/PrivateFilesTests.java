package io.gongxin.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PrivateFilesTests {

	@TempDir
	Path directory;

	@Test
	void aSecretIsWrittenReadableByItsOwnerOnlyAndReplacesAnOlderOne() throws Exception {
		Path key = this.directory.resolve("keys/outbox-secrets.key");
		PrivateFiles.write(key, "first");
		PrivateFiles.write(key, "second");
		assertThat(Files.readString(key)).isEqualTo("second");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
		try (var files = Files.list(key.getParent())) {
			assertThat(files).containsExactly(key);
		}
	}

}
