package io.gongxin.quality.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.gongxin.quality.BulletinContent;
import io.gongxin.quality.BulletinContent.Line;

/**
 * The bulletin as a workbook: ranking, coverage and rejection reasons on separate sheets.
 */
public final class BulletinWorkbook {

	static final String[] RANKING_HEADER = { "排名", "单位代码", "单位名称", "行政区划", "首次报送条数", "合规条数", "问题数据条数", "重复报送条数", "更正条数",
			"入库条数", "迟报条数", "合规率(%)", "及时率(%)", "迟报率(%)", "合规率环比(百分点)", "及时率环比(百分点)", "抽查条数", "抽查瞒报条数", "瞒报率(%)",
			"疑似缺号数", "未达标项" };

	private BulletinWorkbook() {
	}

	/**
	 * @param generated when the figures were taken, in the configured zone with the zone
	 * named (as {@link io.gongxin.platform.Times} writes it)
	 */
	public static void write(BulletinContent content, String commentary, String generated, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "GongXin", "1.0");
			Worksheet ranking = workbook.newWorksheet("排名");
			ranking.value(0, 0, "数据归集质量通报 " + content.label());
			ranking.value(1, 0, "合规率目标 " + content.complianceTarget() + "%，及时率目标 " + content.timelinessTarget()
					+ "%，零瞒报；环比对照 " + content.previousLabel());
			for (int c = 0; c < RANKING_HEADER.length; c++) {
				ranking.value(3, c, RANKING_HEADER[c]);
			}
			int row = 4;
			for (Line line : content.ranking()) {
				writeLine(ranking, row++, line);
			}
			writeLine(ranking, row, content.overall());
			ranking.value(row, 1, "合计");
			Worksheet coverage = workbook.newWorksheet("上报率");
			String[] coverageHeader = { "信息类别", "应报单位数", "已报单位数", "上报率(%)", "未报单位" };
			for (int c = 0; c < coverageHeader.length; c++) {
				coverage.value(0, c, coverageHeader[c]);
			}
			row = 1;
			for (BulletinContent.CoverageLine line : content.coverage()) {
				coverage.value(row, 0, line.categoryText());
				coverage.value(row, 1, line.obliged());
				coverage.value(row, 2, line.reporting());
				number(coverage, row, 3, line.rate());
				coverage.value(row++, 4, line.silentText());
			}
			Worksheet reasons = workbook.newWorksheet("问题原因");
			// the rule's name only: its machine name (MISSING_MANDATORY) means nothing to
			// a reader
			reasons.value(0, 0, "问题");
			reasons.value(0, 1, "次数");
			reasons.value(0, 2, "示例");
			row = 1;
			for (BulletinContent.ReasonLine line : content.reasons()) {
				reasons.value(row, 0, line.label());
				reasons.value(row, 1, line.count());
				reasons.value(row++, 2, String.join("；", line.examples()));
			}
			Worksheet notes = workbook.newWorksheet("说明");
			BulletinContent.DefectLine defects = content.defects();
			notes.value(0, 0, "重错码率(%)");
			number(notes, 0, 1, defects.defectRate());
			notes.value(1, 0, "纠正率(%)");
			number(notes, 1, 1, defects.correctionRate());
			notes.value(2, 0, "通报意见");
			notes.value(2, 1, (commentary == null) ? "（草稿，未发布）" : commentary);
			notes.value(3, 0, "数据截取时间");
			notes.value(3, 1, generated);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeLine(Worksheet sheet, int row, Line line) {
		sheet.value(row, 0, line.rank());
		sheet.value(row, 1, line.code());
		sheet.value(row, 2, line.name());
		sheet.value(row, 3, line.regionText());
		long[] counts = { line.received(), line.compliant(), line.rejected(), line.resubmitted(), line.corrected(),
				line.stored(), line.late() };
		for (int i = 0; i < counts.length; i++) {
			sheet.value(row, 4 + i, counts[i]);
		}
		number(sheet, row, 11, line.compliance());
		number(sheet, row, 12, line.timeliness());
		number(sheet, row, 13, line.lateRate());
		number(sheet, row, 14, line.complianceTrend());
		number(sheet, row, 15, line.timelinessTrend());
		sheet.value(row, 16, line.sampled());
		sheet.value(row, 17, line.unreported());
		number(sheet, row, 18, line.concealment());
		sheet.value(row, 19, line.missingNumbers());
		sheet.value(row, 20, BulletinPdf.shortfall(line));
	}

	private static void number(Worksheet sheet, int row, int column, BigDecimal value) {
		if (value != null) {
			sheet.value(row, column, value);
		}
		else {
			sheet.value(row, column, "—");
		}
	}

}
