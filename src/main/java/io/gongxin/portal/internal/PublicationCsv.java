package io.gongxin.portal.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.creditfile.PublicItem;
import io.gongxin.creditfile.PublicationFilter;

/**
 * The 双公示 download: the public items of a filter as UTF-8 CSV with a byte-order mark (so
 * spreadsheet programs read the Chinese), at most {@value #MAX_ROWS} rows.
 */
final class PublicationCsv {

	static final int MAX_ROWS = 50_000;

	private static final int PAGE = 1000;

	private PublicationCsv() {
	}

	static void write(PortalQueries queries, PublicationFilter filter, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + filter.category().toLowerCase() + "-publications.csv\"");
		// the source department by name: the public does not know the platform's codes
		Map<String, String> departments = queries.departments();
		Writer out = response.getWriter();
		out.write('\uFEFF');
		out.write("类别,行政相对人名称,决定文书号,决定日期,机关,内容,公示截止日期,数据来源单位\r\n");
		LocalDate beforeDate = null;
		Long beforeId = null;
		int written = 0;
		while (written < MAX_ROWS) {
			List<PublicItem> page = queries.publications(filter, beforeDate, beforeId, PAGE);
			for (PublicItem item : page) {
				out.write(String.join(",", cell(item.categoryName()), cell(item.subjectName()),
						cell(item.documentNumber()), cell(String.valueOf(item.decisionDate())), cell(item.authority()),
						cell(item.summary()), cell((item.publicUntil() != null) ? item.publicUntil().toString() : "长期"),
						cell(departments.getOrDefault(item.providerCode(), item.providerCode()))));
				out.write("\r\n");
			}
			written += page.size();
			if (page.size() < PAGE) {
				break;
			}
			PublicItem last = page.get(page.size() - 1);
			beforeDate = last.decisionDate();
			beforeId = last.recordId();
		}
		out.flush();
	}

	/** Quoted, and a leading = + - @ defused so a spreadsheet does not run it. */
	static String cell(String value) {
		String v = (value == null) ? "" : value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}

}
