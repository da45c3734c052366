package io.gongxin.platform;

import java.util.Map;
import java.util.Optional;

/**
 * The platform's parts as people call them, for pages that must say which part is behind
 * something (an event's handler, a system job) without showing a Java name.
 */
public final class ModuleNames {

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("audit", "审计"),
			Map.entry("calendar", "工作日历"), Map.entry("catalog", "信用目录"), Map.entry("client", "接入客户端"),
			Map.entry("commitment", "信用承诺"), Map.entry("content", "政策与公告"), Map.entry("creditfile", "信用档案"),
			Map.entry("evaluation", "综合评价"), Map.entry("exchange", "上报与共享"), Map.entry("identifier", "代码校验"),
			Map.entry("inbox", "待办事项"), Map.entry("ingest", "数据归集"), Map.entry("lists", "信用名单"),
			Map.entry("measures", "联合奖惩"), Map.entry("outbox", "消息投递"), Map.entry("personal", "个人信用服务"),
			Map.entry("platform", "平台基础"), Map.entry("portal", "信用门户"), Map.entry("provider", "数据提供单位"),
			Map.entry("quality", "数据质量"), Map.entry("remedy", "异议与信用修复"), Map.entry("report", "信用报告"),
			Map.entry("security", "用户与权限"), Map.entry("subject", "主体登记"), Map.entry("subscription", "信息订阅"));

	private static final String ROOT = "io.gongxin.";

	private ModuleNames() {
	}

	/**
	 * The module's name for a module's code ({@code quality}) or any Java name inside it.
	 */
	public static Optional<String> of(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String rest = name.startsWith(ROOT) ? name.substring(ROOT.length()) : name;
		int dot = rest.indexOf('.');
		return Optional.ofNullable(NAMES.get((dot < 0) ? rest : rest.substring(0, dot)));
	}

	/** Whether every module of the application has a name here. */
	static boolean names(String module) {
		return NAMES.containsKey(module);
	}

}
