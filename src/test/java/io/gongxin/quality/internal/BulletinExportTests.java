package io.gongxin.quality.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.gongxin.quality.BulletinContent;
import io.gongxin.quality.BulletinContent.Line;
import io.gongxin.quality.ProviderFigures;

import static org.assertj.core.api.Assertions.assertThat;

class BulletinExportTests {

	static final BulletinContent CONTENT = new BulletinContent("2026年11月", LocalDate.of(2026, 11, 1),
			LocalDate.of(2026, 11, 30), "2026年10月", new BigDecimal("99"), new BigDecimal("97"),
			line(0, "ALL", "全部", "95.00", false),
			List.of(line(1, "GZ-A", "广州市甲局", "100.00", false), line(2, "GZ-B", "广州市乙局", "90.00", true)),
			List.of(new BulletinContent.CoverageLine("XZCF", "行政处罚", 3, 2, new BigDecimal("66.67"), List.of("GZ-C"),
					List.of("广州市丙局"))),
			List.of(new BulletinContent.ReasonLine("MISSING_MANDATORY", "必填项缺失", 4,
					List.of("广州市乙局：必填项“处罚类别”未填写（CF_CFLB）"))),
			new BulletinContent.DefectLine(1000, 1, 0, 0, new BigDecimal("0.100"), BigDecimal.ZERO.setScale(2),
					"subject register"),
			Instant.parse("2026-11-25T03:00:00Z"));

	static Line line(int rank, String code, String name, String compliance, boolean misses) {
		return new Line(rank, code, name, "440100", "广州市", 10, 9, 1, 0, 0, 9, 0, new BigDecimal(compliance),
				new BigDecimal("100.00"), new BigDecimal("0.00"), new BigDecimal("-1.50"), null, 0, 0, null, 2, true,
				misses, false, false);
	}

	@Test
	void theWorkbookListsTheRankingWithItsShortfalls() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BulletinWorkbook.write(CONTENT, null, "2026-11-25 11:00（北京时间）", out);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row header = rows.stream().filter(r -> r.getRowNum() == 4).findFirst().orElseThrow();
			Row second = rows.stream().filter(r -> r.getRowNum() == 6).findFirst().orElseThrow();
			assertThat(header.getCellText(11)).isEqualTo("合规率(%)");
			assertThat(second.getCellText(2)).isEqualTo("广州市乙局");
			assertThat(new BigDecimal(second.getCellText(11))).isEqualByComparingTo("90");
			assertThat(second.getCellText(20)).isEqualTo("合规率未达标");
		}
	}

	@Test
	void rankingPutsHigherComplianceFirstThenTimelinessAndSilentProvidersLast() {
		List<ProviderFigures> figures = new ArrayList<>(
				List.of(new ProviderFigures("C", "丙", null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
						new ProviderFigures("B", "乙", null, 1, 0, 10, 10, 9, 1, 0, 0, 0, 9, 0),
						new ProviderFigures("A", "甲", null, 1, 1, 10, 10, 9, 1, 0, 0, 0, 9, 3),
						new ProviderFigures("D", "丁", null, 1, 0, 4, 4, 4, 0, 0, 0, 0, 4, 0)));
		figures.sort(BulletinAssembler.RANKING);
		assertThat(figures).extracting(ProviderFigures::key).containsExactly("D", "B", "A", "C");
	}

}
