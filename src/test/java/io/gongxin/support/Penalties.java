package io.gongxin.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.gongxin.identifier.CheckCharacters;

/**
 * Builds 行政处罚 rows in the national layout (CF_* codes), in the language of the domain:
 * {@code aPenalty().against("广州某某有限公司", uscc).fine("2.5").decidedOn(day).row()}.
 */
public final class Penalties {

	/** 广州市市场监督管理局 (a generated, valid code). */
	public static final String AUTHORITY = CheckCharacters.uscc("11440100MB2C9238");

	private final Map<String, String> fields = new LinkedHashMap<>();

	private Penalties() {
		this.fields.put("CF_XDR_MC", "广州市示例科技有限公司");
		this.fields.put("CF_XDR_LB", "1");
		this.fields.put("CF_XDR_SHXYM", CheckCharacters.uscc("91440101MA5ALWFF"));
		this.fields.put("CF_FRDB", "王小明");
		this.fields.put("CF_WSH", "穗市监处罚〔2026〕1号");
		this.fields.put("CF_WFXW", "未按规定公示年度报告");
		this.fields.put("CF_SY", "当事人未按规定期限公示2025年度报告。");
		this.fields.put("CF_YJ", "《企业信息公示暂行条例》第十八条");
		this.fields.put("CF_CFLB", "01");
		this.fields.put("CF_NR", "警告");
		this.fields.put("CF_JDRQ", "2026-11-20");
		this.fields.put("CF_YXQ", "2027-11-20");
		this.fields.put("CF_CFJG", "广州市市场监督管理局");
		this.fields.put("CF_CFJGDM", AUTHORITY);
		this.fields.put("CF_SJLY", "广州市市场监督管理局");
		this.fields.put("CF_SJLYDM", AUTHORITY);
	}

	public static Penalties aPenalty() {
		return new Penalties();
	}

	public Penalties against(String name, String uscc) {
		this.fields.put("CF_XDR_MC", name);
		this.fields.put("CF_XDR_SHXYM", uscc);
		return this;
	}

	public Penalties againstPerson(String name, String citizenId) {
		this.fields.put("CF_XDR_MC", name);
		this.fields.put("CF_XDR_LB", "2");
		this.fields.remove("CF_XDR_SHXYM");
		this.fields.remove("CF_FRDB");
		this.fields.put("CF_XDR_ZJLX", "001");
		this.fields.put("CF_XDR_ZJHM", citizenId);
		return this;
	}

	/**
	 * Decided and filed by another authority than 广州市市场监督管理局 (name and code of both 处罚机关
	 * and 数据来源单位).
	 */
	public Penalties by(String authority, String uscc) {
		this.fields.put("CF_CFJG", authority);
		this.fields.put("CF_CFJGDM", uscc);
		this.fields.put("CF_SJLY", authority);
		this.fields.put("CF_SJLYDM", uscc);
		return this;
	}

	public Penalties document(String number) {
		this.fields.put("CF_WSH", number);
		return this;
	}

	public Penalties fine(String tenThousandYuan) {
		this.fields.put("CF_CFLB", "03");
		this.fields.put("CF_NR", "罚款人民币" + tenThousandYuan + "万元");
		this.fields.put("CF_NR_FK", tenThousandYuan);
		return this;
	}

	public Penalties conduct(String type, String facts) {
		this.fields.put("CF_WFXW", type);
		this.fields.put("CF_SY", facts);
		return this;
	}

	public Penalties decidedOn(LocalDate day) {
		this.fields.put("CF_JDRQ", day.toString());
		this.fields.put("CF_YXQ", day.plusYears(1).toString());
		return this;
	}

	public Penalties with(String code, String value) {
		if (value == null) {
			this.fields.remove(code);
		}
		else {
			this.fields.put(code, value);
		}
		return this;
	}

	public Map<String, String> row() {
		return new LinkedHashMap<>(this.fields);
	}

	/** A CSV file (header of codes) of the given rows, every value quoted. */
	public static String csv(List<Map<String, String>> rows) {
		List<String> header = rows.stream().flatMap(r -> r.keySet().stream()).distinct().toList();
		StringBuilder csv = new StringBuilder(String.join(",", header)).append("\r\n");
		for (Map<String, String> row : rows) {
			csv.append(header.stream()
				.map(code -> "\"" + row.getOrDefault(code, "").replace("\"", "\"\"") + "\"")
				.collect(Collectors.joining(","))).append("\r\n");
		}
		return csv.toString();
	}

}
