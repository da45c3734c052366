package io.gongxin.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.support.Penalties;

/**
 * Intake files and row lists mutated from realistic ones: seeded byte damage, truncation,
 * NULs, broken quoting, column floods, wrong encodings, broken and hostile workbook XML,
 * and rows whose values are of every wrong kind.
 */
final class IntakeMutations {

	private final Random random;

	private final String authority;

	private int serial;

	IntakeMutations(long seed, String authority) {
		this.random = new Random(seed);
		this.authority = authority;
	}

	/** Ten realistic 行政处罚 rows; some with broken codes so that both outcomes occur. */
	List<Map<String, String>> rows() {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			int n = ++this.serial;
			String uscc = CheckCharacters.uscc("91440101MA5" + String.format("%05d", n % 100_000).replace('0', 'A'));
			if (i == 3) {
				uscc = uscc.substring(0, 17) + ((uscc.charAt(17) == '1') ? '2' : '1');
			}
			rows.add(Penalties.aPenalty()
				.against("广州变异测试" + n + "有限公司", uscc)
				.by("广州市变异测试局", this.authority)
				.document("穗变罚〔2026〕" + n + "号")
				.row());
		}
		return rows;
	}

	byte[] csv() {
		byte[] clean = Penalties.csv(rows()).getBytes(StandardCharsets.UTF_8);
		return switch (this.random.nextInt(12)) {
			case 0 -> flip(clean, 1 + this.random.nextInt(20));
			case 1 -> java.util.Arrays.copyOf(clean, this.random.nextInt(clean.length));
			case 2 -> insert(clean, new byte[] { 0 }, 1 + this.random.nextInt(10));
			case 3 -> insert(clean, "\"".getBytes(StandardCharsets.UTF_8), 1 + this.random.nextInt(3));
			case 4 -> ("a," + "c,".repeat(20_000) + "z\r\n1\r\n").getBytes(StandardCharsets.UTF_8);
			case 5 -> Penalties.csv(rows()).getBytes(Charset.forName("GB18030"));
			case 6 -> Penalties.csv(rows()).replace("\r\n", "\r").getBytes(StandardCharsets.UTF_8);
			case 7 -> new byte[0];
			case 8 -> withHeader(clean, "\uFEFF\u0000名称,,\"\",\u202e");
			case 9 -> insert(clean, ("\"" + "长".repeat(100_000) + "\",").getBytes(StandardCharsets.UTF_8), 1);
			case 10 -> insert(clean, ",extra,extra,extra".getBytes(StandardCharsets.UTF_8), 3);
			default -> randomBytes(1 + this.random.nextInt(5000));
		};
	}

	byte[] xlsx() throws IOException {
		byte[] clean = workbook(rows());
		return switch (this.random.nextInt(8)) {
			case 0 -> flip(clean, 1 + this.random.nextInt(30));
			case 1 -> java.util.Arrays.copyOf(clean, this.random.nextInt(clean.length));
			case 2 -> withSheet(clean,
					sheet -> sheet
						.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
						.replaceFirst("<v>", "<v>&x;"));
			case 3 -> withSheet(clean, sheet -> sheet.substring(0, this.random.nextInt(sheet.length())));
			case 4 ->
				withSheet(clean, sheet -> sheet.replace("<row", "<row r=\"-5\"").replace("<c ", "<c r=\"ZZZZZ9\" "));
			case 5 -> withSheet(clean, sheet -> sheet.replace("</sheetData>",
					"<row r=\"3\"><c r=\"A3\" t=\"s\"><v>99999</v></c></row></sheetData>"));
			case 6 -> Penalties.csv(rows()).getBytes(StandardCharsets.UTF_8);
			default -> randomBytes(1 + this.random.nextInt(5000));
		};
	}

	/** A JSON array of rows where values take every wrong shape. */
	String json() {
		List<Map<String, String>> rows = rows();
		StringBuilder json = new StringBuilder("[");
		for (int r = 0; r < rows.size(); r++) {
			json.append((r > 0) ? "," : "").append('{');
			int c = 0;
			for (Map.Entry<String, String> field : rows.get(r).entrySet()) {
				String value = '"' + field.getValue().replace("\"", "\\\"") + '"';
				if (this.random.nextInt(6) == 0) {
					value = HostileValues.JSON_STRINGS.get(this.random.nextInt(HostileValues.JSON_STRINGS.size()));
				}
				String key = (this.random.nextInt(40) == 0) ? "\\u0000" + field.getKey() : field.getKey();
				json.append((c++ > 0) ? "," : "").append('"').append(key).append("\":").append(value);
			}
			json.append('}');
		}
		if (this.random.nextInt(5) == 0) {
			json.append(",null");
		}
		return json.append(']').toString();
	}

	static byte[] workbook(List<Map<String, String>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "gongxin-test", "1.0");
		Worksheet sheet = workbook.newWorksheet("行政处罚");
		List<String> columns = new ArrayList<>(rows.get(0).keySet());
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, columns.get(c));
			for (int r = 0; r < rows.size(); r++) {
				String value = rows.get(r).get(columns.get(c));
				if (value != null) {
					sheet.value(r + 1, c, value);
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	private static byte[] withSheet(byte[] xlsx, java.util.function.UnaryOperator<String> change) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		// fastexcel writes sizes after the data: only the central directory has them
		java.nio.file.Path file = java.nio.file.Files.createTempFile("gongxin-hostile", ".xlsx");
		try {
			java.nio.file.Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
				}
			}
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				byte[] content = entry.getValue();
				if (entry.getKey().startsWith("xl/worksheets/sheet")) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private byte[] flip(byte[] clean, int times) {
		byte[] damaged = clean.clone();
		for (int i = 0; i < times && damaged.length > 0; i++) {
			damaged[this.random.nextInt(damaged.length)] = (byte) this.random.nextInt(256);
		}
		return damaged;
	}

	private byte[] insert(byte[] clean, byte[] what, int times) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int from = 0;
		List<Integer> at = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			at.add(this.random.nextInt(clean.length + 1));
		}
		at.sort(null);
		for (int position : at) {
			out.write(clean, from, position - from);
			out.writeBytes(what);
			from = position;
		}
		out.write(clean, from, clean.length - from);
		return out.toByteArray();
	}

	private static byte[] withHeader(byte[] clean, String header) {
		String text = new String(clean, StandardCharsets.UTF_8);
		return (header + text.substring(text.indexOf('\r'))).getBytes(StandardCharsets.UTF_8);
	}

	private byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
