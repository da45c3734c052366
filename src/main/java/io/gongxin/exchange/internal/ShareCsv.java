package io.gongxin.exchange.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.exchange.ShareAnswer;
import io.gongxin.exchange.ShareAnswer.CodeOutcome;
import io.gongxin.exchange.ShareAnswer.SharedItem;
import io.gongxin.exchange.ShareAnswer.SharedSubject;

/**
 * A pull's answer as UTF-8 CSV with a byte-order mark (so spreadsheet programs read the
 * Chinese): one row per credit-file item, one per subject without any, one per code not
 * answered, in the list's order.
 */
final class ShareCsv {

	static final String HEADER = "序号,代码,主体名称,主体类型,结果,说明,信息类别,决定文书号,决定日期,决定机关,内容,公示状态,公示截止日期,数据来源单位,异议处理中";

	private ShareCsv() {
	}

	static void write(ShareAnswer answer, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"share-" + answer.queryId() + ".csv\"");
		Writer out = response.getWriter();
		out.write('\uFEFF');
		out.write(HEADER);
		out.write("\r\n");
		for (Line line : lines(answer)) {
			out.write(String.join(",", line.cells().stream().map(ShareCsv::cell).toList()));
			out.write("\r\n");
		}
		out.flush();
	}

	private record Line(int order, List<String> cells) {
	}

	private static List<Line> lines(ShareAnswer answer) {
		List<Line> lines = new ArrayList<>();
		for (SharedSubject subject : answer.subjects()) {
			if (subject.items().isEmpty()) {
				lines.add(new Line(subject.line(), List.of(Integer.toString(subject.line()), subject.code(),
						subject.name(), subject.typeName(), "已提供", "无现行信用信息", "", "", "", "", "", "", "", "", "")));
			}
			for (SharedItem item : subject.items()) {
				lines.add(new Line(subject.line(), List.of(Integer.toString(subject.line()), subject.code(),
						subject.name(), subject.typeName(), "已提供", "", item.categoryName(), item.documentNumber(),
						String.valueOf(item.decisionDate()), item.authority(), item.summary(), item.publicityName(),
						(item.publicUntil() != null) ? item.publicUntil().toString() : "长期", item.providerName(),
						item.underObjection() ? "是" : "否")));
			}
		}
		for (CodeOutcome outcome : answer.outcomes()) {
			lines.add(new Line(outcome.line(), List.of(Integer.toString(outcome.line()), outcome.code(), "", "",
					outcome.statusName(), outcome.reason(), "", "", "", "", "", "", "", "", "")));
		}
		lines.sort(Comparator.comparingInt(Line::order));
		return lines;
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
