package io.gongxin.identifier.internal;

import java.io.BufferedOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import io.gongxin.identifier.IdentifierCheck;
import io.gongxin.identifier.IdentifierReport;
import io.gongxin.identifier.HolderCategory;
import io.gongxin.identifier.Verdict;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Validates one column of an uploaded CSV or XLSX file row by row and writes a CSV result
 * while reading: memory use does not grow with the number of rows.
 */
public final class BatchValidation {

	/** Column headers of the result file. */
	static final String[] HEADER = { "行号", "输入值", "代码类型", "校验结果", "规范写法", "原因" };

	private final IdentifierCheck check;

	public BatchValidation(IdentifierCheck check) {
		this.check = check;
	}

	/** Counts per verdict, for the audit entry and the response headers. */
	public record Summary(long rows, Map<Verdict, Long> verdicts) {
	}

	/** Reads CSV (UTF-8) and writes the result; {@code column} counts from 1. */
	public Summary csv(InputStream in, int column, boolean header, HolderCategory type, OutputStream out) {
		try (CsvReader<CsvRecord> reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.skipEmptyLines(true)
			.ofCsvRecord(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
			Iterator<CsvRecord> records = reader.iterator();
			return run(new Iterator<>() {
				@Override
				public boolean hasNext() {
					return records.hasNext();
				}

				@Override
				public String next() {
					CsvRecord record = records.next();
					return (column - 1 < record.getFieldCount()) ? record.getField(column - 1) : "";
				}
			}, header, type, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads the first sheet of an XLSX file (opened from disk, rows streamed). */
	public Summary xlsx(File file, int column, boolean header, HolderCategory type, OutputStream out)
			throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file);
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			Iterator<Row> iterator = rows.iterator();
			return run(new Iterator<>() {
				@Override
				public boolean hasNext() {
					return iterator.hasNext();
				}

				@Override
				public String next() {
					Row row = iterator.next();
					if (column - 1 >= row.getCellCount() || row.getCell(column - 1) == null) {
						return "";
					}
					return row.getCellText(column - 1);
				}
			}, header, type, out);
		}
	}

	private Summary run(Iterator<String> codes, boolean header, HolderCategory type, OutputStream out) {
		Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
		long row = 0;
		Writer writer = new OutputStreamWriter(new BufferedOutputStream(out, 1 << 16), StandardCharsets.UTF_8);
		CsvWriter csv = CsvWriter.builder().build(writer);
		try {
			// A byte-order mark so that spreadsheet programs read the Chinese text as
			// UTF-8.
			writer.write('\uFEFF');
			csv.writeRecord(HEADER);
			if (header && codes.hasNext()) {
				codes.next();
			}
			while (codes.hasNext()) {
				String code = stripBom(codes.next(), row);
				row++;
				IdentifierReport report = this.check.explain(code, type);
				counts.merge(report.verdict(), 1L, Long::sum);
				csv.writeRecord(String.valueOf(row), report.input(), report.kind().label(), report.verdict().label(),
						(report.canonical() != null) ? report.canonical() : "", reasons(report));
			}
		}
		catch (RuntimeException ex) {
			// The response is already streaming; the failure becomes the last row.
			csv.writeRecord(String.valueOf(row + 1), "", "", "读取失败", "", "GX-ID-007 文件自此行起无法读取。");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Summary(row, counts);
	}

	private static String stripBom(String value, long row) {
		return (row == 0 && value != null && value.startsWith("\uFEFF")) ? value.substring(1) : value;
	}

	private static String reasons(IdentifierReport report) {
		return report.reasons()
			.stream()
			.map((reason) -> reason.code() + " " + reason.message())
			.collect(Collectors.joining("; "));
	}

}
