package io.gongxin.outbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.gongxin.outbox.Outbox;
import io.gongxin.outbox.WebhookUrl;
import io.gongxin.platform.PageOutcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operations page (运行监控): outbox backlog, lag, failures, dead letters. */
@Controller
@RequestMapping("/ops/outbox")
class OutboxPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final OutboxOperations operations;

	private final Outbox outbox;

	private final Clock clock;

	OutboxPageController(OutboxOperations operations, Outbox outbox, Clock clock) {
		this.operations = operations;
		this.outbox = outbox;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(OutboxController.OPERATORS)
	String page(@RequestParam(required = false) Long before, Model model) {
		model.addAttribute("summary", this.operations.summary());
		model.addAttribute("deadLetters", this.operations.deadLetters(before, 50));
		model.addAttribute("endpoints", this.operations.endpoints());
		model.addAttribute("publications", this.operations.openPublications());
		model.addAttribute("view", this);
		return "ops/outbox";
	}

	@PostMapping("/dead-letters/{id}/resend")
	@PreAuthorize(OutboxController.OPERATORS)
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		int n = this.operations.resend(id, null);
		redirect.addFlashAttribute("notice", (n == 0) ? "该消息已不在死信中。" : "已重新投递 1 条消息。");
		return "redirect:/ops/outbox";
	}

	@PostMapping("/endpoints/{id}/resend")
	@PreAuthorize(OutboxController.OPERATORS)
	String resendEndpoint(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "已重新投递 " + this.operations.resend(null, id) + " 条消息。");
		return "redirect:/ops/outbox";
	}

	@PostMapping("/endpoints/{id}/url")
	@PreAuthorize(OutboxController.OPERATORS)
	String retarget(@PathVariable long id, @RequestParam String url, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/ops/outbox", Map.of("GX-OUT-002", "url"), () -> {
			this.outbox.retarget(id, WebhookUrl.parse(url));
			return "接收地址已更新为 " + url.strip() + "。";
		});
	}

	@PostMapping("/endpoints/{id}/active")
	@PreAuthorize(OutboxController.OPERATORS)
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		this.outbox.setActive(id, active);
		redirect.addFlashAttribute("notice", active ? "已恢复投递。" : "已暂停投递。");
		return "redirect:/ops/outbox";
	}

	@PostMapping("/event-publications/resubmit")
	@PreAuthorize(OutboxController.OPERATORS)
	String resubmit(RedirectAttributes redirect) {
		this.operations.resubmitPublications();
		redirect.addFlashAttribute("notice", "已重新提交一分钟前未处理完的事件。");
		return "redirect:/ops/outbox";
	}

	/** A time in the configured zone, for the page. */
	public String time(Instant instant) {
		return (instant == null) ? "—" : TIME.format(instant.atZone(this.clock.getZone()));
	}

	/** A duration in Chinese words, for the page. */
	public String age(Duration duration) {
		if (duration == null) {
			return "—";
		}
		long seconds = duration.toSeconds();
		if (seconds < 60) {
			return seconds + " 秒";
		}
		if (seconds < 3600) {
			return (seconds / 60) + " 分钟";
		}
		if (seconds < 86_400) {
			return (seconds / 3600) + " 小时 " + (seconds % 3600 / 60) + " 分钟";
		}
		return (seconds / 86_400) + " 天 " + (seconds % 86_400 / 3600) + " 小时";
	}

	public String seconds(Double value) {
		return (value == null) ? "—" : String.format("%.2f 秒", value);
	}

}
