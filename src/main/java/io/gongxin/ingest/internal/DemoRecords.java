package io.gongxin.ingest.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.DemoDataContributor;
import io.gongxin.provider.Providers;

import org.springframework.stereotype.Component;

/**
 * Several hundred plausible subjects with 行政许可 and 行政处罚 records of the demo departments,
 * filed through the same intake path as real data (so the demo also shows receipts, late
 * rows and problem data). Seeded: every first start produces the same city.
 */
@Component
class DemoRecords implements DemoDataContributor {

	private static final String[] DISTRICTS = { "天河区", "越秀区", "海珠区", "荔湾区", "白云区", "黄埔区", "番禺区", "花都区", "南沙区", "从化区",
			"增城区" };

	private static final String[] TRADE_NAMES = { "恒达", "粤信", "南方", "华美", "嘉禾", "明珠", "金穗", "瑞丰", "鸿运", "兴华", "天朗",
			"云山", "珠江", "德昌", "宏图", "新景", "利民", "康泰", "百汇", "海纳", "远航", "正和", "同创", "启明", "安信", "锦程", "青松", "朗悦", "汇通",
			"广源", "星河", "东方红", "千禧年", "大湾区", "岭南", "羊城", "木棉", "五羊" };

	private static final String[] INDUSTRIES = { "科技", "贸易", "餐饮管理", "建筑工程", "物业管理", "食品", "医药", "教育咨询", "物流", "环保科技",
			"电子商务", "装饰工程", "汽车服务", "文化传播", "劳务派遣", "化工" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "林", "罗", "梁" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明",
			"超", "秀英", "建华", "志强", "晓红", "海燕", "国庆" };

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	record Department(String code, String name, String prefix, String[] conduct, String[] licences) {
	}

	private static final List<Department> DEPARTMENTS = List.of(
			new Department("GZ-SCJGJ", "广州市市场监督管理局", "穗市监",
					new String[] { "未按规定公示年度报告|未按规定期限公示年度报告。|《企业信息公示暂行条例》第十八条",
							"销售不合格产品|销售的产品经抽检不合格。|《中华人民共和国产品质量法》第四十九条", "虚假宣传|在网络平台发布引人误解的商业宣传。|《中华人民共和国反不正当竞争法》第二十条",
							"无照经营|未取得营业执照从事经营活动。|《无证无照经营查处办法》第十三条" },
					new String[] { "食品经营许可", "特种设备生产许可", "药品经营许可" }),
			new Department("GZ-STJ", "广州市生态环境局", "穗环",
					new String[] { "超标排放大气污染物|厂界废气检测超过排放标准。|《中华人民共和国大气污染防治法》第九十九条",
							"未批先建|建设项目环境影响评价文件未经批准擅自开工建设。|《中华人民共和国环境影响评价法》第三十一条" },
					new String[] { "排污许可", "危险废物经营许可" }),
			new Department("GZ-ZJJ", "广州市住房和城乡建设局", "穗建",
					new String[] { "违法分包|将承包的工程违法分包。|《建设工程质量管理条例》第六十二条", "未办理施工许可开工|未取得施工许可证擅自施工。|《建筑工程施工许可管理办法》第十二条" },
					new String[] { "建筑工程施工许可", "商品房预售许可" }),
			new Department("GZ-SWJ", "国家税务总局广州市税务局", "穗税", new String[] { "未按期申报|未按照规定期限办理纳税申报。|《中华人民共和国税收征收管理法》第六十二条",
					"虚开发票|虚开增值税普通发票。|《中华人民共和国发票管理办法》第三十五条" }, new String[] { "增值税防伪税控系统最高开票限额审批" }));

	private final Ingestion ingestion;

	private final Clock clock;

	private final Providers providers;

	DemoRecords(Ingestion ingestion, Clock clock, Providers providers) {
		this.providers = providers;
		this.ingestion = ingestion;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "double-publicity-records";
	}

	@Override
	public int order() {
		return 300;
	}

	/**
	 * Each batch commits by itself; a rerun after an interruption is harmless (identical
	 * rows are recognised).
	 */
	@Override
	public boolean transactional() {
		return false;
	}

	@Override
	public void contribute() {
		Random random = new Random(20261125L);
		LocalDate today = LocalDate.now(this.clock);
		List<String[]> companies = new ArrayList<>();
		for (int i = 0; i < 360; i++) {
			companies.add(company(random, i));
		}
		int number = 1;
		for (Department department : DEPARTMENTS) {
			// the department's own code: within its jurisdiction, so the demo files
			// cleanly
			String authority = this.providers.get(department.code()).uscc();
			List<Map<String, String>> licences = new ArrayList<>();
			List<Map<String, String>> penalties = new ArrayList<>();
			for (int i = 0; i < 90; i++) {
				String[] company = companies.get(random.nextInt(companies.size()));
				LocalDate decided = decisionDate(random, today);
				licences.add(licence(department, authority, company, decided, number++, random));
				if (random.nextInt(3) == 0) {
					penalties
						.add(penalty(department, authority, company, decisionDate(random, today), number++, random));
				}
			}
			// a few rows a clerk would get wrong, so that receipts and problem data have
			// something to show
			Map<String, String> badCode = penalty(department, authority, companies.get(0), today.minusDays(2), number++,
					random);
			badCode.put("CF_XDR_SHXYM", badCode.get("CF_XDR_SHXYM").substring(0, 17) + "0");
			penalties.add(badCode);
			Map<String, String> missingFine = penalty(department, authority, companies.get(1), today.minusDays(3),
					number++, random);
			missingFine.put("CF_CFLB", "03");
			missingFine.remove("CF_NR_FK");
			penalties.add(missingFine);
			this.ingestion.submitRows(department.code(), "XZXK", licences, Channel.DEMO);
			this.ingestion.submitRows(department.code(), "XZCF", penalties, Channel.DEMO);
		}
	}

	private static String[] company(Random random, int index) {
		String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
		String trade = TRADE_NAMES[random.nextInt(TRADE_NAMES.length)];
		String industry = INDUSTRIES[random.nextInt(INDUSTRIES.length)];
		boolean individual = random.nextInt(6) == 0;
		String name = individual ? "广州市" + district + SURNAMES[random.nextInt(SURNAMES.length)] + trade + "商行"
				: "广州" + trade + industry + ((index % 7 == 0) ? "股份有限公司" : "有限公司");
		StringBuilder body = new StringBuilder(individual ? "92" : "91").append("4401")
			.append(String.format("%02d", 3 + random.nextInt(15)))
			.append("MA5");
		for (int i = 0; i < 5; i++) {
			body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		String representative = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
		return new String[] { name, CheckCharacters.uscc(body.toString()), representative, individual ? "3" : "1" };
	}

	/**
	 * Mostly recent decisions filed on time; a third are historical back-filling (and so
	 * reported late).
	 */
	private static LocalDate decisionDate(Random random, LocalDate today) {
		LocalDate day = (random.nextInt(3) == 0) ? today.minusDays(30 + random.nextInt(1000))
				: today.minusDays(1 + random.nextInt(5));
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		return day;
	}

	private static Map<String, String> licence(Department department, String authority, String[] company,
			LocalDate decided, int number, Random random) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("XK_XDR_MC", company[0]);
		row.put("XK_XDR_LB", company[3]);
		row.put("XK_XDR_SHXYM", company[1]);
		row.put("XK_FRDB", company[2]);
		String kind = department.licences()[random.nextInt(department.licences().length)];
		row.put("XK_XKWS", kind + "决定书");
		row.put("XK_WSH", department.prefix() + "许〔" + decided.getYear() + "〕" + number + "号");
		row.put("XK_XKLB", "1");
		row.put("XK_XKZS", kind + "证");
		row.put("XK_XKBH", "GZ" + decided.getYear() + String.format("%06d", number));
		row.put("XK_NR", "准予" + kind);
		row.put("XK_JDRQ", decided.toString());
		row.put("XK_YXQZ", decided.toString());
		row.put("XK_YXQZI", decided.plusYears(5).toString());
		row.put("XK_XKJG", department.name());
		row.put("XK_XKJGDM", authority);
		row.put("XK_LYDW", department.name());
		row.put("XK_LYDWDM", authority);
		return row;
	}

	private static Map<String, String> penalty(Department department, String authority, String[] company,
			LocalDate decided, int number, Random random) {
		String[] conduct = department.conduct()[random.nextInt(department.conduct().length)].split("\\|");
		Map<String, String> row = new LinkedHashMap<>();
		row.put("CF_XDR_MC", company[0]);
		row.put("CF_XDR_LB", company[3]);
		row.put("CF_XDR_SHXYM", company[1]);
		row.put("CF_FRDB", company[2]);
		row.put("CF_WSH", department.prefix() + "罚〔" + decided.getYear() + "〕" + number + "号");
		row.put("CF_WFXW", conduct[0]);
		row.put("CF_SY", "经查，当事人" + conduct[1]);
		row.put("CF_YJ", conduct[2]);
		boolean fine = random.nextBoolean();
		String amount = (1 + random.nextInt(50)) + "." + random.nextInt(10);
		row.put("CF_CFLB", fine ? "03" : "01");
		row.put("CF_NR", fine ? "罚款人民币" + amount + "万元" : "警告");
		if (fine) {
			row.put("CF_NR_FK", amount);
		}
		row.put("CF_JDRQ", decided.toString());
		row.put("CF_YXQ", decided.plusYears(1).toString());
		row.put("CF_CFJG", department.name());
		row.put("CF_CFJGDM", authority);
		row.put("CF_SJLY", department.name());
		row.put("CF_SJLYDM", authority);
		return row;
	}

}
