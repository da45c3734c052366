package io.gongxin.quality.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import io.gongxin.catalog.DateSpellings;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * Reads an officer's CSV of decisions known from another source. Headers may be Chinese,
 * national field codes or English.
 */
public final class KnownDecisionFile {

	static final int MAX_LINES = 10_000;

	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("文书号", "document"),
			Map.entry("决定文书号", "document"), Map.entry("行政处罚决定书文号", "document"), Map.entry("行政许可决定书文号", "document"),
			Map.entry("CF_WSH", "document"), Map.entry("XK_WSH", "document"), Map.entry("documentNumber", "document"),
			Map.entry("决定日期", "date"), Map.entry("处罚决定日期", "date"), Map.entry("许可决定日期", "date"),
			Map.entry("CF_JDRQ", "date"), Map.entry("XK_JDRQ", "date"), Map.entry("decisionDate", "date"),
			Map.entry("主体名称", "subject"), Map.entry("行政相对人名称", "subject"), Map.entry("CF_XDR_MC", "subject"),
			Map.entry("XK_XDR_MC", "subject"), Map.entry("subjectName", "subject"), Map.entry("数据提供单位", "provider"),
			Map.entry("provider", "provider"), Map.entry("providerCode", "provider"));

	/** One known decision; the provider is the upload's when the file names none. */
	public record Line(int line, String providerCode, String documentNumber, LocalDate decisionDate,
			String subjectName) {
	}

	private KnownDecisionFile() {
	}

	public static List<Line> read(Reader reader, String defaultProvider) throws IOException {
		List<Line> lines = new ArrayList<>();
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.skipEmptyLines(true)
			.ofCsvRecord(reader)) {
			String[] roles = null;
			for (CsvRecord record : csv) {
				if (roles == null) {
					roles = roles(record.getFields());
					continue;
				}
				if (lines.size() >= MAX_LINES) {
					throw bad("A list has at most " + MAX_LINES + " decisions.");
				}
				lines.add(line((int) record.getStartingLineNumber(), roles, record.getFields(), defaultProvider));
			}
		}
		catch (de.siegmar.fastcsv.reader.CsvParseException ex) {
			throw bad("The list is not valid CSV.");
		}
		if (lines.isEmpty()) {
			throw bad("The list has no decisions: a header row with 文书号 and one line per decision are expected.");
		}
		return lines;
	}

	private static String[] roles(List<String> header) {
		String[] roles = new String[header.size()];
		boolean document = false;
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).replace("\uFEFF", "").strip();
			roles[i] = HEADERS.get(name);
			document |= "document".equals(roles[i]);
		}
		if (!document) {
			throw bad("The header row names no 文书号 column.");
		}
		return roles;
	}

	private static Line line(int number, String[] roles, List<String> values, String defaultProvider) {
		String document = null;
		String date = null;
		String subject = null;
		String provider = defaultProvider;
		for (int i = 0; i < roles.length && i < values.size(); i++) {
			String value = values.get(i).strip();
			if (roles[i] == null || value.isEmpty()) {
				continue;
			}
			switch (roles[i]) {
				case "document" -> document = value;
				case "date" -> date = value;
				case "subject" -> subject = value;
				default -> provider = value;
			}
		}
		if (document == null) {
			throw bad("Line " + number + " has no 文书号.");
		}
		if (provider == null) {
			throw bad("Line " + number + " names no provider and none was given for the upload.");
		}
		return new Line(number, provider, document, parseDate(date, number), subject);
	}

	private static LocalDate parseDate(String value, int line) {
		if (value == null) {
			return null;
		}
		LocalDate date = DateSpellings.parse(value);
		if (date == null) {
			throw bad("Line " + line + " has a decision date that is not a date: " + value);
		}
		return date;
	}

	private static DomainException bad(String message) {
		return new DomainException("GX-QLT-002", ProblemKind.BAD_REQUEST, message);
	}

}
