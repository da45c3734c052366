package io.gongxin.lists;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of credit list the platform keeps, each fed by one catalog category. 重点关注名单
 * have no national category; an office maps its own sector categories to it
 * ({@code gongxin.lists.watch-categories}).
 */
public enum ListKind {

	/** 严重失信主体名单 (国办发〔2020〕49号), one list per domain, named by each record. */
	SEVERE_DISHONESTY("严重失信主体名单", "YZSX", true, false, "《国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见》（国办发〔2020〕49号）"),
	/** 重点关注名单, per sector (no national definition). */
	WATCH("重点关注名单", null, true, false, "各行业领域设定名单的规定"),
	/** 经营异常名录. */
	ABNORMAL_OPERATION("经营异常名录", "JYYC", true, false, "《企业信息公示暂行条例》；《企业经营异常名录管理暂行办法》"),
	/**
	 * 失信被执行人名单: the one list whose natural persons are public, as the courts publish
	 * them.
	 */
	DISHONEST_JUDGMENT_DEBTOR("失信被执行人名单", "SFZX", true, true, "《最高人民法院关于公布失信被执行人名单信息的若干规定》"),
	/** Honour lists (红名单): A级纳税人, AEO 高级认证, 守合同重信用… named by each record. */
	HONOR("诚信红名单", "CXRY", false, false, "授予荣誉的文件");

	private final String label;

	private final String categoryCode;

	private final boolean punitive;

	private final boolean personsPublic;

	private final String basis;

	ListKind(String label, String categoryCode, boolean punitive, boolean personsPublic, String basis) {
		this.label = label;
		this.categoryCode = categoryCode;
		this.punitive = punitive;
		this.personsPublic = personsPublic;
		this.basis = basis;
	}

	public String label() {
		return this.label;
	}

	/** The national catalog category its entries are filed under, if it has one. */
	public String categoryCode() {
		return this.categoryCode;
	}

	/** Whether being on it is a discredit (else an honor). */
	public boolean punitive() {
		return this.punitive;
	}

	/**
	 * Whether the law makes natural persons on this list public (only 失信被执行人, by the
	 * Supreme People's Court's rules); other lists show organisations only.
	 */
	public boolean personsPublic() {
		return this.personsPublic;
	}

	/** The rule that makes the list and its publication lawful. */
	public String basis() {
		return this.basis;
	}

	public static Optional<ListKind> ofCategory(String categoryCode) {
		return Arrays.stream(values()).filter(kind -> categoryCode.equals(kind.categoryCode)).findFirst();
	}

	/**
	 * Accepts the enum name, case-insensitive, or a URL slug such as
	 * {@code severe-dishonesty}.
	 */
	public static Optional<ListKind> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String name = text.strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
		return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
	}

	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
