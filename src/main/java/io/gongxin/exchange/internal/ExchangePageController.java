package io.gongxin.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.exchange.FileFormat;
import io.gongxin.exchange.IssuedTarget;
import io.gongxin.exchange.ItemState;
import io.gongxin.exchange.Target;
import io.gongxin.exchange.TargetLevel;
import io.gongxin.exchange.UpwardReporting;
import io.gongxin.platform.PageOutcome;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 上报监控: every reporting target with its backlog, lag, receipts, failures and deadline;
 * one target's items, reconciliation and configuration.
 */
@Controller
class ExchangePageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final UpwardReporting reporting;

	private final CategoryNames categoryNames;

	private final Clock clock;

	private final io.gongxin.provider.Providers providers;

	ExchangePageController(UpwardReporting reporting, CategoryNames categoryNames,
			io.gongxin.provider.Providers providers, Clock clock) {
		this.providers = providers;
		this.reporting = reporting;
		this.categoryNames = categoryNames;
		this.clock = clock;
	}

	@GetMapping("/ops/exchange")
	@PreAuthorize(ExchangeController.OPERATORS)
	String overview(Model model) {
		model.addAttribute("statuses", this.reporting.statuses());
		form(model);
		return "exchange/targets";
	}

	@PostMapping("/ops/exchange/targets")
	@PreAuthorize(ExchangeController.OPERATORS)
	String register(TargetForm form, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/ops/exchange", () -> {
			IssuedTarget issued = this.reporting.register(form.toTarget(null));
			redirect.addFlashAttribute("secret", issued.signingSecret());
			return "已登记目标平台“" + issued.target().name() + "”。请将下方签名密钥交给对方平台用于验签，此密钥只显示这一次。";
		});
	}

	@GetMapping("/ops/exchange/{code}")
	@PreAuthorize(ExchangeController.OPERATORS)
	String target(@PathVariable String code, @RequestParam(required = false) ItemState state,
			@RequestParam(required = false) Long before,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate until = (to == null) ? today : to;
		LocalDate since = (from == null) ? until.minusDays(29) : from;
		ItemState shown = (state == null) ? ItemState.REJECTED : state;
		model.addAttribute("status", this.reporting.status(code));
		model.addAttribute("state", shown);
		model.addAttribute("states", ItemState.values());
		model.addAttribute("items", this.reporting.items(code, shown, before, 50));
		model.addAttribute("from", since);
		model.addAttribute("to", until);
		model.addAttribute("reconciliation", this.reporting.reconciliation(code, since, until));
		form(model);
		return "exchange/target";
	}

	@PostMapping("/ops/exchange/{code}")
	@PreAuthorize(ExchangeController.OPERATORS)
	String update(@PathVariable String code, TargetForm form, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/ops/exchange/" + code, () -> {
			this.reporting.update(form.toTarget(code));
			return "已保存目标平台设置。";
		});
	}

	@PostMapping("/ops/exchange/{code}/active")
	@PreAuthorize(ExchangeController.OPERATORS)
	String setActive(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "/ops/exchange/" + code, () -> {
			this.reporting.setActive(code, active);
			return active ? "已恢复报送，积压数据将按计划发出。" : "已暂停报送，新数据仍会记入待报送。";
		});
	}

	@PostMapping("/ops/exchange/{code}/send-now")
	@PreAuthorize(ExchangeController.OPERATORS)
	String sendNow(@PathVariable String code, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "/ops/exchange/" + code, () -> {
			int packages = this.reporting.sendNow(code);
			return (packages == 0) ? "没有待报送的数据，已读取最新回执。" : "已发出 " + packages + " 个数据包，并读取了最新回执。";
		});
	}

	private void form(Model model) {
		model.addAttribute("levels", TargetLevel.values());
		model.addAttribute("formats", FileFormat.values());
		model.addAttribute("adapters", this.reporting.adapters());
		List<CategoryDefinition> categories = this.categoryNames.inForce();
		model.addAttribute("categories", categories);
		model.addAttribute("categoryNames", CategoryNames.names(categories));
		model.addAttribute("view", this);
	}

	/** A time in the configured zone, for the page. */
	public String time(Instant instant) {
		return (instant == null) ? "—" : TIME.format(instant.atZone(this.clock.getZone()));
	}

	/** A duration in Chinese words. */
	public String age(Duration duration) {
		long minutes = (duration == null) ? 0 : duration.toMinutes();
		if (minutes < 1) {
			return "无积压";
		}
		if (minutes < 60) {
			return minutes + " 分钟";
		}
		if (minutes < 1440) {
			return (minutes / 60) + " 小时 " + (minutes % 60) + " 分钟";
		}
		return (minutes / 1440) + " 天 " + (minutes % 1440 / 60) + " 小时";
	}

	public String providerName(String code) {
		return this.providers.find(code).map(io.gongxin.provider.Provider::name).orElse(code);
	}

	public boolean takes(Target target, String category) {
		return target != null && target.categories().contains(category);
	}

	static List<String> encodings() {
		return Arrays.asList("UTF-8", "GBK");
	}

}
