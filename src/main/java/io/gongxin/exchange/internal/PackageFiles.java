package io.gongxin.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.gongxin.exchange.FileFormat;
import io.gongxin.exchange.ReportPackage;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.json.JsonMapper;

/**
 * A package's rows as a file in the national layout: Chinese column titles as in the
 * national templates, one row per item, in the target's format and encoding.
 */
final class PackageFiles {

	private PackageFiles() {
	}

	static byte[] write(ReportPackage reportPackage, FileFormat format, Charset charset, JsonMapper json) {
		return switch (format) {
			case CSV -> csv(reportPackage, charset);
			case XLSX -> xlsx(reportPackage);
			case JSON -> json(reportPackage, charset, json);
		};
	}

	private static byte[] csv(ReportPackage reportPackage, Charset charset) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * (reportPackage.rows().size() + 1));
		try (Writer writer = new OutputStreamWriter(bytes, charset);
				CsvWriter csv = CsvWriter.builder().build(writer)) {
			List<ReportPackage.Column> columns = reportPackage.columns();
			String[] line = new String[columns.size()];
			for (int i = 0; i < line.length; i++) {
				line[i] = columns.get(i).name();
			}
			csv.writeRecord(line);
			for (ReportPackage.Row row : reportPackage.rows()) {
				for (int i = 0; i < line.length; i++) {
					String value = row.values().get(columns.get(i).code());
					line[i] = (value == null) ? "" : value;
				}
				csv.writeRecord(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] xlsx(ReportPackage reportPackage) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "GongXin", "1.0");
			Worksheet sheet = workbook.newWorksheet(reportPackage.categoryName());
			List<ReportPackage.Column> columns = reportPackage.columns();
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, columns.get(c).name());
			}
			int r = 1;
			for (ReportPackage.Row row : reportPackage.rows()) {
				for (int c = 0; c < columns.size(); c++) {
					String value = row.values().get(columns.get(c).code());
					if (value != null) {
						sheet.value(r, c, value);
					}
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] json(ReportPackage reportPackage, Charset charset, JsonMapper json) {
		List<Map<String, String>> rows = new ArrayList<>(reportPackage.rows().size());
		for (ReportPackage.Row row : reportPackage.rows()) {
			Map<String, String> values = new LinkedHashMap<>();
			for (ReportPackage.Column column : reportPackage.columns()) {
				values.put(column.code(), row.values().get(column.code()));
			}
			rows.add(values);
		}
		return json.writeValueAsString(rows).getBytes(charset);
	}

}
