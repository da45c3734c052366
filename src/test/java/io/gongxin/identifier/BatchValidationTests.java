package io.gongxin.identifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.identifier.internal.BatchValidation;

import static org.assertj.core.api.Assertions.assertThat;

class BatchValidationTests {

	private final BatchValidation batch = new BatchValidation(IdentifierCheck.standalone());

	@Test
	void writesOneResultRowPerInputRowWithVerdictAndReasons() {
		String csv = "\uFEFFname,code\n华为,914403001922038216\n腾讯,9144030071526726xg\n坏,914403001922038217\n空,\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BatchValidation.Summary summary = this.batch.csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
				2, true, HolderCategory.UNSPECIFIED, out);
		assertThat(summary.rows()).isEqualTo(4);
		assertThat(summary.verdicts()).containsEntry(Verdict.VALID, 1L)
			.containsEntry(Verdict.NORMALISABLE, 1L)
			.containsEntry(Verdict.INVALID, 2L);
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF行号,输入值,代码类型,校验结果,规范写法,原因");
		assertThat(lines.get(1)).startsWith("1,914403001922038216,统一社会信用代码,正确,914403001922038216,");
		assertThat(lines.get(2)).startsWith("2,9144030071526726xg,统一社会信用代码,规范写法后正确,9144030071526726XG,");
		assertThat(lines.get(3)).startsWith("3,914403001922038217,统一社会信用代码,错误,,GX-ID-013");
		assertThat(lines.get(4)).contains("GX-ID-010");
	}

	@Test
	void readsAColumnOfAnXlsxSheet() throws IOException {
		File file = Files.createTempFile("batch", ".xlsx").toFile();
		try {
			Files.write(file.toPath(), Xlsx.of(List.of(List.of("代码"), List.of("91330100799655058B"),
					List.of("11010519491231002X"), List.of("<b>x</b>"))));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			BatchValidation.Summary summary = this.batch.xlsx(file, 1, true, HolderCategory.UNSPECIFIED, out);
			assertThat(summary.rows()).isEqualTo(3);
			assertThat(out.toString(StandardCharsets.UTF_8)).contains("91330100799655058B,统一社会信用代码,正确")
				.contains("11010519491231002X,公民身份号码,正确")
				.contains("<b>x</b>,无法识别,错误");
		}
		finally {
			Files.delete(file.toPath());
		}
	}

	@Test
	void streamsAMillionRowsWithoutHoldingThem() {
		int rows = 1_000_000;
		// Other tests of this JVM leave their own data on the heap: measure growth from
		// here, not an absolute.
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		long before = runtime.totalMemory() - runtime.freeMemory();
		CodeGenerator generator = new CodeGenerator(7);
		InputStream in = new GeneratedLines(rows, generator);
		CountingSink out = new CountingSink();
		BatchValidation.Summary summary = this.batch.csv(in, 1, false, HolderCategory.UNSPECIFIED, out);
		assertThat(summary.rows()).isEqualTo(rows);
		assertThat(summary.verdicts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rows);
		assertThat(out.bytes).isGreaterThan(rows * 40L);
		// Measured after a collection late in the run: had the rows or their reports been
		// kept, hundreds of megabytes would still be reachable.
		assertThat(out.heapInUseLate).isPositive();
		assertThat(out.heapInUseLate - before).isLessThan(100L * 1024 * 1024);
	}

	/** Generated CSV lines, produced only as they are read. */
	private static final class GeneratedLines extends InputStream {

		private final CodeGenerator generator;

		private int remaining;

		private byte[] line = new byte[0];

		private int position;

		GeneratedLines(int rows, CodeGenerator generator) {
			this.remaining = rows;
			this.generator = generator;
		}

		@Override
		public int read() {
			if (this.position == this.line.length) {
				if (this.remaining == 0) {
					return -1;
				}
				this.remaining--;
				String code = switch (this.remaining % 4) {
					case 0 -> this.generator.uscc();
					case 1 -> this.generator.uscc().toLowerCase();
					case 2 -> this.generator.citizenId();
					default -> this.generator.uscc().substring(1);
				};
				this.line = (code + "\n").getBytes(StandardCharsets.US_ASCII);
				this.position = 0;
			}
			return this.line[this.position++];
		}

	}

	private static final class CountingSink extends OutputStream {

		long bytes;

		long heapInUseLate;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
			if (this.heapInUseLate == 0 && this.bytes > 40_000_000L) {
				System.gc();
				Runtime runtime = Runtime.getRuntime();
				this.heapInUseLate = runtime.totalMemory() - runtime.freeMemory();
			}
		}

	}

}
