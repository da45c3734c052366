package io.gongxin.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The cells of a downloaded CSV or XLSX file, as text, so that a test can say which names
 * a file shows and which bare codes it must not.
 */
public final class FileCells {

	private FileCells() {
	}

	/** Every cell of a UTF-8 CSV (a leading byte-order mark dropped), row by row. */
	public static List<List<String>> csvRows(byte[] file) {
		String text = new String(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> rows = new ArrayList<>();
		for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
			rows.add(record.getFields());
		}
		return rows;
	}

	public static List<String> csv(byte[] file) {
		return csvRows(file).stream().flatMap(List::stream).toList();
	}

	/** Every cell of every sheet of an XLSX workbook, row by row. */
	public static List<List<String>> xlsxRows(byte[] file) {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				for (Row row : sheet.read()) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getCellCount(); c++) {
						cells.add(row.getCellText(c));
					}
					rows.add(cells);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

	public static List<String> xlsx(byte[] file) {
		return xlsxRows(file).stream().flatMap(List::stream).toList();
	}

}
