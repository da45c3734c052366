package io.gongxin.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times as people read them: in the configured zone, to the minute, with the zone named
 * ("北京时间" for China Standard Time). Pages call it as {@code ${@times.text(instant)}}.
 */
@Component("times")
public class Times {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;

	Times(Clock clock) {
		this.zone = clock.getZone();
	}

	public String text(Instant instant) {
		if (instant == null) {
			return "";
		}
		return MINUTE.format(instant.atZone(this.zone)) + "（" + zoneName() + "）";
	}

	/** The configured zone's name: 北京时间 for the zones of China, else its id. */
	public String zoneName() {
		return switch (this.zone.getId()) {
			case "Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "Asia/Urumqi", "PRC", "Etc/GMT-8", "GMT+08:00",
					"+08:00" ->
				"北京时间";
			default -> this.zone.getId();
		};
	}

}
