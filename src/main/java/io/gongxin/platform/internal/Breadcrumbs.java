package io.gongxin.platform.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Where a back-office page sits (首页 › 数据归集 › 问题数据), from its address: the menu's groups
 * and pages, longest address first, so every page under a menu entry finds its place
 * without each controller naming it.
 */
@ControllerAdvice(annotations = Controller.class)
class Breadcrumbs {

	/** A step of the trail; {@code url} is null for the page itself. */
	record Crumb(String label, String url) {
	}

	private record Place(String prefix, String group, String label) {
	}

	private static final List<Place> PLACES = List.of(new Place("/ingest/problem-data", "数据归集", "问题数据"),
			new Place("/ingest", "数据归集", "报送与回执"), new Place("/quality", "数据归集", "数据质量"),
			new Place("/catalog", "数据归集", "信用目录"), new Place("/console/name-discrepancies", "数据归集", "名称差异"),
			new Place("/console/credit-files", "信用应用", "信用档案"), new Place("/checks", "信用应用", "信用核查"),
			new Place("/measures", "信用应用", "措施管理"), new Place("/evaluation", "信用应用", "综合评价"),
			new Place("/inbox", "业务办理", "待办事项"), new Place("/remedies", "业务办理", "异议与修复"),
			new Place("/commitments", "业务办理", "承诺管理"), new Place("/content", "业务办理", "政策与公告发布"),
			new Place("/subscriptions", "交换共享", "信息订阅"), new Place("/exchange/shares", "交换共享", "信用共享"),
			new Place("/exchange/agencies", "交换共享", "信用服务机构"), new Place("/ops/outbox", "运行监控", "消息投递"),
			new Place("/ops/exchange", "运行监控", "上报监控"), new Place("/admin/users", "系统管理", "用户管理"),
			new Place("/admin/api-keys", "系统管理", "API 密钥"), new Place("/admin/calendar", "系统管理", "节假日安排"),
			new Place("/admin/known-irregular", "系统管理", "不规范代码"), new Place("/admin/audit", "系统管理", "审计日志"));

	@ModelAttribute("crumbs")
	List<Crumb> crumbs(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		for (Place place : PLACES) {
			if (path.equals(place.prefix()) || path.startsWith(place.prefix() + "/")) {
				List<Crumb> trail = new ArrayList<>(4);
				trail.add(new Crumb("首页", "/"));
				trail.add(new Crumb(place.group(), null));
				boolean deeper = !path.equals(place.prefix());
				trail.add(new Crumb(place.label(), deeper ? place.prefix() : null));
				if (deeper) {
					trail.add(new Crumb("详情", null));
				}
				return trail;
			}
		}
		return List.of();
	}

}
