package io.gongxin.ingest.internal;

import java.util.Map;

/**
 * The refusal rules in words a department clerk acts on: what the rule is called and what
 * to do to get the rows accepted.
 */
final class ProblemAdvice {

	record Advice(String name, String todo) {
	}

	private static final Advice OTHER = new Advice("其他问题", "按原因修正后重新报送；已接收的行不会重复入库。");

	private static final Map<String, Advice> ADVICE = Map.ofEntries(
			Map.entry("MISSING_MANDATORY", new Advice("必填项缺失", "补齐该数据项后重新报送。")),
			Map.entry("TYPE_FORMAT", new Advice("格式不符", "按信用目录规定的格式（日期、金额、代码等）填写后重新报送。")),
			Map.entry("IDENTIFIER_INVALID",
					new Advice("代码校验未通过",
							"核对代码是否抄错并修正后重新报送。若该代码确为登记机关实际赋予（历史上的不规范代码），" + "请联系系统管理员将其登记为已知不规范代码，再对本批次重新校验。")),
			Map.entry("PLACEHOLDER_NOT_ALLOWED", new Advice("使用了占位代码", "填写主体的真实代码；确无代码的主体按目录要求填写证件信息。")),
			Map.entry("NO_SUBJECT_IDENTIFIER", new Advice("缺少主体标识", "填写统一社会信用代码或其他主体代码（自然人填写证件类型和号码）。")),
			Map.entry("AUTHORITY_OUTSIDE_JURISDICTION", new Advice("决定机关不属本部门", "只报送本部门（含下属机构）作出的决定；其他机关的决定由其自行报送。")),
			Map.entry("SOURCE_OUTSIDE_JURISDICTION", new Advice("数据来源单位不属本部门", "数据来源单位应为本部门或其下属机构。")),
			Map.entry("DATE_IN_FUTURE", new Advice("日期晚于今日", "核对决定日期，不能晚于报送当日。")),
			Map.entry("CONTROL_CHARACTER", new Advice("含有不可见字符", "删除从其他系统复制带入的换行、制表等不可见字符后重新报送。")),
			Map.entry("FORMULA", new Advice("疑似表格公式", "以“=、+、-、@”开头的内容会被表格软件当作公式，请去掉开头符号或改为文本。")),
			Map.entry("ROW_STRUCTURE", new Advice("行结构不完整", "该行列数与表头不一致，检查是否有多余或缺少的分隔符。")),
			Map.entry("OUTSIDE_CATALOG", new Advice("超出信用信息目录", "目录之外的信息不得归集；删除该数据项或确认报送的信息类别。")),
			Map.entry("SENSITIVE_DATA", new Advice("含有禁止归集的个人信息", "删除宗教信仰、基因、指纹、病史等信息后重新报送。")),
			Map.entry("MINOR_MISCONDUCT", new Advice("轻微违法不得纳入个人信用记录", "依法不纳入的轻微违法行为不应报送，请删除该行。")),
			Map.entry("SUBJECT_TYPE_NOT_ALLOWED", new Advice("主体类型不适用", "该信息类别不适用于此类主体，核对主体类别或信息类别。")),
			Map.entry("UNKNOWN_CATEGORY", new Advice("信息类别不存在", "选择信用目录中已发布的信息类别后重新报送。")),
			Map.entry("CODE_LIST", new Advice("代码值不在代码表中", "按信用目录的代码表填写代码或其中文名称后重新报送。")),
			Map.entry("CONDITIONAL_MANDATORY", new Advice("条件必填项缺失", "满足条件时该数据项必填（例如处罚类别为罚款时须填罚款金额），补齐后重新报送。")),
			Map.entry("FIELD_NOT_IN_CATALOG", new Advice("表头不是目录中的数据项", "按信用目录的数据项代码或名称填写表头后重新报送。")),
			Map.entry("MAX_LENGTH", new Advice("内容超长", "按目录规定的最大长度精简内容后重新报送。")),
			Map.entry("UPSTREAM_REJECTED",
					new Advice("上级平台退回", "按退回原因核对该决定，更正后以同一文书号重新报送（新版本替换旧版本并自动重新上报）；确属误报的予以撤销。")),
			Map.entry("NOT_FOUND", new Advice("未找到原记录", "核对要撤销或更正的原决定文书号。")));

	private ProblemAdvice() {
	}

	static Advice of(String rule) {
		return ADVICE.getOrDefault(rule, OTHER);
	}

}
