package io.gongxin.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rows of the national 严重失信主体名单信息 (YZSX) layout, in domain language: who is listed, on
 * which list, by whom, since when and until when.
 */
public final class ListRecords {

	private final Map<String, String> fields = new LinkedHashMap<>();

	private ListRecords() {
		this.fields.put("SX_ZTMC", "广州市示例建材有限公司");
		this.fields.put("SX_ZTLB", "法人及非法人组织");
		this.fields.put("SX_MDMC", "市场监督管理严重违法失信名单");
		this.fields.put("SX_RDYY", "提供虚假材料骗取行政许可，受到吊销许可证件的行政处罚");
		this.fields.put("SX_RDYJ", "《市场监督管理严重违法失信名单管理办法》第二条");
		this.fields.put("SX_RDJG", "广州市市场监督管理局");
		this.fields.put("SX_RDRQ", "2026-11-20");
	}

	public static ListRecords aSeriousDiscreditListing() {
		return new ListRecords();
	}

	public ListRecords of(String name, String uscc) {
		this.fields.put("SX_ZTMC", name);
		this.fields.put("SX_SHXYM", uscc);
		return this;
	}

	public ListRecords ofPerson(String name, String citizenId) {
		this.fields.put("SX_ZTMC", name);
		this.fields.put("SX_ZTLB", "自然人");
		this.fields.remove("SX_SHXYM");
		this.fields.put("SX_ZJLX", "身份证");
		this.fields.put("SX_ZJHM", citizenId);
		return this;
	}

	public ListRecords onList(String listName) {
		this.fields.put("SX_MDMC", listName);
		return this;
	}

	public ListRecords by(String authority) {
		this.fields.put("SX_RDJG", authority);
		return this;
	}

	/** Any of the accepted date spellings. */
	public ListRecords listedOn(String day) {
		this.fields.put("SX_RDRQ", day);
		return this;
	}

	public ListRecords listedOn(LocalDate day) {
		return listedOn(day.toString());
	}

	public ListRecords exitsOn(LocalDate day) {
		this.fields.put("SX_YCRQ", day.toString());
		return this;
	}

	public Map<String, String> row() {
		return new LinkedHashMap<>(this.fields);
	}

}
