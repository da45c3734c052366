package io.gongxin.platform;

import org.springframework.stereotype.Component;

/**
 * Who did something, as a page shows it: a person's account as it is, the platform's own
 * jobs and seeded data in words rather than their machine names ({@code system:demo},
 * {@code seed:initial-review}).
 */
@Component("actorNames")
public class ActorNames {

	public String name(String actor) {
		if (actor == null || actor.isBlank()) {
			return "";
		}
		if (actor.startsWith(SystemActor.PREFIX)) {
			return switch (actor.substring(SystemActor.PREFIX.length())) {
				case "demo" -> "系统（演示数据）";
				case "bootstrap" -> "系统（首次启动）";
				case "defaults", "catalog-seed" -> "系统（初始配置）";
				default -> "系统（自动任务）";
			};
		}
		if (actor.startsWith("seed:")) {
			return "系统（初始配置）";
		}
		if (actor.startsWith("exchange:")) {
			return "上报目标 " + actor.substring("exchange:".length());
		}
		return actor;
	}

}
