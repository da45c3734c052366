package io.gongxin.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.support.ChildPlatform;
import io.gongxin.support.Penalties;
import io.gongxin.support.Multipart;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's data directory (database, spool, keys, witness, log) on a size-capped
 * tmpfs that then fills up: submissions are refused cleanly (503, GX-SYS-003, nothing
 * stored, no batch left behind), reading goes on, and once space is freed the platform
 * accepts again without a restart. Mounting needs root (or CAP_SYS_ADMIN); where that is
 * not allowed the test says so and is skipped.
 */
class DiskFullIT {

	static final String SECRET = "gx_diskfull000_" + "d".repeat(32);

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path directory;

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void aFullDiskRefusesSubmissionsCleanlyAndThePlatformAcceptsAgainOnceThereIsSpace() throws Exception {
		Path data = this.directory.resolve("data");
		Files.createDirectories(data);
		String refusal = mount(data, "512m");
		if (refusal != null) {
			System.out.println("DiskFullIT skipped: a size-capped tmpfs cannot be mounted here (" + refusal + ")");
			Assumptions.abort("a size-capped tmpfs cannot be mounted here: " + refusal);
		}
		ChildPlatform platform = new ChildPlatform(data);
		Path filler = data.resolve("filler");
		try {
			platform.start();
			platform.issueKey(SECRET, "PROVIDER", "GZ-SCJGJ");
			long batchesBefore = platform.count("SELECT count(*) FROM ingest_batch");
			long filled = fill(filler);
			System.out.printf("disk full: %d MB written to fill the data directory%n", filled >> 20);

			HttpResponse<String> file = upload(platform, 1);
			HttpResponse<String> rows = rows(platform, 2);
			HttpResponse<String> search = this.client.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + platform.httpPort() + "/api/public/search?q=%E5%B9%BF%E5%B7%9E"))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (HttpResponse<String> refused : List.of(file, rows)) {
				assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
				assertThat(refused.body()).contains("\"code\":\"GX-SYS-003\"").contains("存储空间不足");
				assertThat(refused.headers().firstValue("Retry-After")).isPresent();
			}
			assertThat(search.statusCode()).as("reading goes on").isEqualTo(200);
			assertThat(platform.count("SELECT count(*) FROM ingest_batch")).as("no batch left behind")
				.isEqualTo(batchesBefore);
			try (var leftovers = Files.list(data.resolve("spool"))) {
				assertThat(leftovers.filter(path -> path.toString().endsWith(".part"))).as("no partial file kept")
					.isEmpty();
			}

			Files.delete(filler);
			HttpResponse<String> again = rows(platform, 3);
			assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
			assertThat(again.body()).contains("\"status\":\"COMPLETED\"").contains("\"accepted\":5");
		}
		finally {
			platform.kill();
			Files.deleteIfExists(filler);
			new ProcessBuilder("umount", "-l", data.toString()).inheritIO().start().waitFor();
		}
	}

	/** Mounts a tmpfs of the size; the reason it could not, or null. */
	private static String mount(Path at, String size) throws Exception {
		try {
			Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
				.redirectErrorStream(true)
				.start();
			String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return (mount.waitFor() == 0) ? null : "mount said: " + said;
		}
		catch (IOException ex) {
			return "no mount command: " + ex.getMessage();
		}
	}

	/** Writes until the file system refuses; returns the bytes written. */
	private static long fill(Path filler) {
		byte[] chunk = new byte[1 << 20];
		long written = 0;
		try (OutputStream out = Files.newOutputStream(filler)) {
			while (true) {
				out.write(chunk);
				written += chunk.length;
			}
		}
		catch (IOException full) {
			assertThat(full.getMessage()).contains("No space left on device");
		}
		return written;
	}

	private HttpResponse<String> upload(ChildPlatform platform, int seed) throws Exception {
		Multipart upload = Multipart.file("处罚.csv", "text/csv",
				Penalties.csv(penalties(seed)).getBytes(StandardCharsets.UTF_8));
		return this.client.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + platform.httpPort()
					+ "/api/ingest/providers/GZ-SCJGJ/categories/XZCF/files?async=true"))
			.header("X-API-Key", SECRET)
			.header("Content-Type", upload.contentType())
			.POST(upload.publisher())
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> rows(ChildPlatform platform, int seed) throws Exception {
		return this.client.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + platform.httpPort()
					+ "/api/ingest/providers/GZ-SCJGJ/categories/XZCF/records"))
			.header("X-API-Key", SECRET)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(penalties(seed)), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static List<Map<String, String>> penalties(int seed) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(aPenalty()
				.against("广州满盘测试第" + seed + i + "有限公司",
						CheckCharacters.uscc("91440101MD" + String.format("%03d%03d", seed, i)))
				.document("穗市监罚〔2026〕满" + seed + "-" + i + "号")
				.decidedOn(LocalDate.now().minusDays(3))
				.row());
		}
		return rows;
	}

}
