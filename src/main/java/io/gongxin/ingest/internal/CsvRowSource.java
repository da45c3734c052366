package io.gongxin.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * CSV intake with FastCSV: streaming, RFC 4180 quoting, header row first. Rows with
 * another number of columns than the header are passed on with a problem, to be rejected
 * one by one rather than failing the file.
 */
final class CsvRowSource implements RowSource {

	private final CsvReader<CsvRecord> reader;

	private final CloseableIterator<CsvRecord> rows;

	private final List<String> headers;

	private final String encoding;

	private boolean broken;

	private int lastLine = 1;

	CsvRowSource(Path file) throws IOException {
		EncodingDetector.Detection detection = EncodingDetector.detect(file);
		this.encoding = detection.label();
		this.reader = CsvReader.builder()
			.allowExtraFields(true)
			.allowMissingFields(true)
			.skipEmptyLines(true)
			.detectBomHeader(true)
			.maxBufferSize(16 * 1024 * 1024)
			.ofCsvRecord(file, detection.charset());
		this.rows = this.reader.iterator();
		List<String> header = new ArrayList<>();
		try {
			if (!this.rows.hasNext()) {
				close();
				throw new IntakeException("GX-ING-002", "The file is empty: it has no header row.");
			}
			for (String name : this.rows.next().getFields()) {
				header.add(name.strip());
			}
		}
		catch (CsvParseException | java.io.UncheckedIOException ex) {
			// e.g. more columns than any catalog has (FastCSV stops at 16,384)
			close();
			throw new IntakeException("GX-ING-005", "文件的表头行无法拆分为列（列数过多或结构损坏），请检查文件后重新报送");
		}
		this.headers = Collections.unmodifiableList(header);
	}

	@Override
	public List<String> headers() {
		return this.headers;
	}

	@Override
	public SourceRow next() throws IOException {
		if (this.broken) {
			return null;
		}
		try {
			if (!this.rows.hasNext()) {
				return null;
			}
			CsvRecord record = this.rows.next();
			int line = (int) Math.min(Integer.MAX_VALUE, record.getStartingLineNumber());
			this.lastLine = line;
			List<String> values = new ArrayList<>(record.getFields());
			String problem = (values.size() != this.headers.size())
					? "列数为 " + values.size() + "，表头为 " + this.headers.size() + " 列（引号未闭合或分隔符错误）" : null;
			return new SourceRow(line, values, Set.of(), problem);
		}
		catch (CsvParseException | java.io.UncheckedIOException ex) {
			// The rest of the file cannot be split into rows: it is refused as one unit,
			// after the rows before it.
			this.broken = true;
			return new SourceRow(this.lastLine + 1, List.of(), Set.of(),
					"第 " + (this.lastLine + 1) + " 行起文件结构损坏（" + ex.getMessage() + "），其后内容无法拆分为行，请修正后重新报送");
		}
	}

	@Override
	public String format() {
		return "CSV";
	}

	@Override
	public String encoding() {
		return this.encoding;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
