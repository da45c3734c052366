package io.gongxin.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * XLSX intake of the first sheet, streamed by fastexcel. Date cells become
 * {@code yyyy-MM-dd}; formula cells are reported so the row can be refused (formula
 * injection such as {@code =HYPERLINK(…)} never reaches a record).
 */
final class XlsxRowSource implements RowSource {

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private final List<String> headers;

	XlsxRowSource(Path file) throws IOException {
		try {
			this.workbook = new ReadableWorkbook(file.toFile());
		}
		catch (IOException | RuntimeException ex) {
			throw new IntakeException("GX-ING-006", "The file is not a readable XLSX workbook.");
		}
		Row first;
		try {
			this.stream = this.workbook.getFirstSheet().openStream();
			this.rows = this.stream.iterator();
			first = nextNonEmpty();
		}
		catch (IOException | RuntimeException ex) {
			this.workbook.close();
			throw unreadableSheet();
		}
		List<String> header = new ArrayList<>();
		if (first == null) {
			close();
			throw new IntakeException("GX-ING-002", "The workbook is empty: its first sheet has no header row.");
		}
		for (int i = 0; i < first.getCellCount(); i++) {
			String text = first.getCellText(i);
			header.add(text == null ? "" : text.strip());
		}
		while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
			header.remove(header.size() - 1);
		}
		this.headers = List.copyOf(header);
	}

	@Override
	public List<String> headers() {
		return this.headers;
	}

	@Override
	public SourceRow next() {
		Row row = nextNonEmpty();
		if (row == null) {
			return null;
		}
		List<String> values = new ArrayList<>(this.headers.size());
		Set<Integer> formulas = new HashSet<>();
		int extra = 0;
		for (int i = 0; i < Math.max(row.getCellCount(), this.headers.size()); i++) {
			Cell cell = (i < row.getCellCount()) ? row.getCell(i) : null;
			String value = text(cell);
			if (cell != null && (cell.getType() == CellType.FORMULA || cell.getFormula() != null)) {
				formulas.add(i);
			}
			if (i < this.headers.size()) {
				values.add(value);
			}
			else if (value != null && !value.isBlank()) {
				extra++;
			}
		}
		String problem = (extra > 0) ? "有 " + extra + " 个单元格超出表头范围" : null;
		return new SourceRow(row.getRowNum(), values, formulas, problem);
	}

	/**
	 * Sheet XML that breaks off or declares a DOCTYPE stops the whole file: unlike a CSV
	 * line, there is no next row to resume at.
	 */
	private static IntakeException unreadableSheet() {
		return new IntakeException("GX-ING-005", "工作簿的第一个工作表无法读取（XML结构损坏或含有不允许的文档类型声明），请在Excel中另存为新的.xlsx文件后重新报送");
	}

	private Row nextNonEmpty() {
		try {
			return nextNonEmptyOrFail();
		}
		catch (RuntimeException ex) {
			throw (ex instanceof IntakeException intake) ? intake : unreadableSheet();
		}
	}

	private Row nextNonEmptyOrFail() {
		while (this.rows.hasNext()) {
			Row row = this.rows.next();
			for (Cell cell : row) {
				if (cell != null && cell.getType() != CellType.EMPTY && text(cell) != null && !text(cell).isBlank()) {
					return row;
				}
			}
		}
		return null;
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return null;
		}
		if (cell.getType() == CellType.NUMBER && isDateFormat(cell.getDataFormatString())) {
			return cell.asDate().toLocalDate().toString();
		}
		if (cell.getType() == CellType.NUMBER) {
			return cell.asNumber().stripTrailingZeros().toPlainString();
		}
		String text = cell.getText();
		return (text == null) ? null : text;
	}

	private static boolean isDateFormat(String format) {
		if (format == null) {
			return false;
		}
		String f = format.toLowerCase(Locale.ROOT);
		return (f.contains("y") || f.contains("d")) && !f.contains("0.0") && !f.equals("general");
	}

	@Override
	public String format() {
		return "XLSX";
	}

	@Override
	public String encoding() {
		return "XLSX";
	}

	@Override
	public void close() throws IOException {
		this.stream.close();
		this.workbook.close();
	}

}
