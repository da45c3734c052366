package io.gongxin.platform.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Where a back-office page sits (首页 › 数据归集 › 问题数据), from its address and the site's menu,
 * so every page under a menu entry finds its place without each controller naming it and
 * a trail never names a page differently from the menu.
 */
@ControllerAdvice(annotations = Controller.class)
class Breadcrumbs {

	/** A step of the trail; {@code url} is null for the page itself. */
	record Crumb(String label, String url) {
	}

	@ModelAttribute("crumbs")
	List<Crumb> crumbs(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SiteMenu.placeOf(path).map((place) -> {
			String prefix = place.entry().path();
			List<Crumb> trail = new ArrayList<>(4);
			trail.add(new Crumb("首页", "/"));
			trail.add(new Crumb(place.group().label(), null));
			boolean deeper = !path.equals(prefix);
			trail.add(new Crumb(place.entry().label(), deeper ? prefix : null));
			if (deeper) {
				trail.add(new Crumb("详情", null));
			}
			return trail;
		}).orElse(List.of());
	}

}
