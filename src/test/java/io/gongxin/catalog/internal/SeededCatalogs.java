package io.gongxin.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.catalog.CatalogVersion;
import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.VersionStatus;

/** The shipped seed editions, compiled without a database, for unit tests. */
final class SeededCatalogs {

	static final ExclusionLists EXCLUSIONS = ExclusionLists.fromClasspath();

	private SeededCatalogs() {
	}

	static CatalogSeed.Edition edition(String label) {
		return CatalogSeed.shipped()
			.stream()
			.filter(e -> e.label().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no seed edition " + label));
	}

	/** The national base catalog with the 广东 supplement, as in force from 2026-04-01. */
	static CompiledCatalog current() {
		return compile(edition("CN-2024-GD-2026"), 2);
	}

	static CompiledCatalog compile(CatalogSeed.Edition edition, long id) {
		CatalogVersion version = new CatalogVersion(CatalogVersionId.of(id), edition.label(), edition.title(),
				VersionStatus.PUBLISHED, edition.effectiveFrom(), null, edition.note(), "test", Instant.EPOCH, "test",
				Instant.EPOCH);
		return new CompiledCatalog(version, edition.categories(), edition.codeLists(), EXCLUSIONS);
	}

	/** A valid 行政处罚 row about an enterprise, fined 0.5 万元. */
	static Map<String, String> penaltyOnEnterprise() {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("CF_XDR_MC", "广州市某某餐饮管理有限公司");
		row.put("CF_XDR_LB", "法人及非法人组织");
		row.put("CF_XDR_SHXYM", "91440101MA5CXXXX1X");
		row.put("CF_FRDB", "张某");
		row.put("CF_WSH", "穗市监罚〔2026〕123号");
		row.put("CF_WFXW", "经营超过保质期的食品");
		row.put("CF_SY", "当事人于2026年3月在其经营场所销售超过保质期的预包装食品");
		row.put("CF_YJ", "《中华人民共和国食品安全法》第一百二十四条第一款");
		row.put("CF_CFLB", "警告;罚款");
		row.put("CF_NR", "警告，并处罚款人民币伍仟元");
		row.put("CF_NR_FK", "0.5");
		row.put("CF_JDRQ", "2026-04-15");
		row.put("CF_YXQ", "2027-04-14");
		row.put("CF_CFJG", "广州市市场监督管理局");
		row.put("CF_CFJGDM", "11440100MB2C91234X");
		row.put("CF_SJLY", "广州市市场监督管理局");
		row.put("CF_SJLYDM", "11440100MB2C91234X");
		return row;
	}

	/** A valid 行政处罚 row about a natural person, with Chinese titles as keys. */
	static Map<String, String> penaltyOnPersonByTitles() {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("行政相对人名称", "李某");
		row.put("行政相对人类别", "自然人");
		row.put("证件类型", "身份证");
		row.put("证件号码", "440106199001011234");
		row.put("行政处罚决定书文号", "穗环罚〔2026〕45号");
		row.put("违法行为类型", "无证排放污水");
		row.put("违法事实", "当事人未取得排污许可证排放生产废水");
		row.put("处罚依据", "《中华人民共和国水污染防治法》第八十三条");
		row.put("处罚类别", "罚款");
		row.put("处罚内容", "罚款人民币贰万元");
		row.put("罚款金额（万元）", "2");
		row.put("处罚决定日期", "2026/05/06");
		row.put("处罚有效期", "2027/05/05");
		row.put("处罚机关", "广州市生态环境局");
		row.put("处罚机关统一社会信用代码", "11440100MB2C8888XX");
		row.put("数据来源单位", "广州市生态环境局");
		row.put("数据来源单位统一社会信用代码", "11440100MB2C8888XX");
		return row;
	}

	/** A valid 行政许可 row about an individual business without a USCC. */
	static Map<String, String> licenseOnIndividualBusiness() {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("XK_XDR_MC", "天河区某某小吃店");
		row.put("XK_XDR_LB", "个体工商户");
		row.put("XK_XDR_SHXYM", "00000000000000000X");
		row.put("XK_XDR_GSZC", "440106600123456");
		row.put("XK_XKWS", "食品经营许可决定书");
		row.put("XK_WSH", "穗天食许〔2026〕88号");
		row.put("XK_XKLB", "普通");
		row.put("XK_XKZS", "食品经营许可证");
		row.put("XK_XKBH", "JY14401060123456");
		row.put("XK_NR", "预包装食品销售，热食类食品制售");
		row.put("XK_JDRQ", "2026-06-01");
		row.put("XK_YXQZ", "2026-06-01");
		row.put("XK_YXQZI", "2031-05-31");
		row.put("XK_XKJG", "广州市天河区市场监督管理局");
		row.put("XK_XKJGDM", "11440106MB2C7777XX");
		row.put("XK_ZT", "有效");
		row.put("XK_LYDW", "广州市天河区市场监督管理局");
		row.put("XK_LYDWDM", "11440106MB2C7777XX");
		return row;
	}

	static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

}
