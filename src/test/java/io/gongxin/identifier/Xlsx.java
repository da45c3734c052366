package io.gongxin.identifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a minimal one-sheet XLSX with inline strings, for upload tests. */
final class Xlsx {

	private Xlsx() {
	}

	static byte[] of(List<List<String>> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			put(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
							<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
							</Types>""");
			put(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
							</Relationships>""");
			put(zip, "xl/workbook.xml",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
							<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			put(zip, "xl/_rels/workbook.xml.rels",
					"""
							<?xml version="1.0" encoding="UTF-8"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
							</Relationships>""");
			StringBuilder sheet = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8"?>
					<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
			for (int r = 0; r < rows.size(); r++) {
				sheet.append("<row r=\"").append(r + 1).append("\">");
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					sheet.append("<c r=\"")
						.append((char) ('A' + c))
						.append(r + 1)
						.append("\" t=\"inlineStr\"><is><t>")
						.append(cells.get(c).replace("&", "&amp;").replace("<", "&lt;"))
						.append("</t></is></c>");
				}
				sheet.append("</row>");
			}
			sheet.append("</sheetData></worksheet>");
			put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
