package io.gongxin.exchange.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import io.gongxin.exchange.Agencies;
import io.gongxin.exchange.AgencyStatus;
import io.gongxin.exchange.NewAgency;
import io.gongxin.exchange.RegisteredAgency;
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

/**
 * The credit office's register of licensed credit service agencies: register one (its API
 * key shown once), suspend, restore or revoke it.
 */
@Controller
@RequestMapping("/exchange/agencies")
class AgencyPageController {

	private final Agencies agencies;

	AgencyPageController(Agencies agencies) {
		this.agencies = agencies;
	}

	@GetMapping
	@PreAuthorize(AgencyController.OFFICE)
	String page(Model model) {
		model.addAttribute("agencies", this.agencies.list());
		model.addAttribute("statuses", Arrays.asList(AgencyStatus.values()));
		return "exchange/agencies";
	}

	@PostMapping
	@PreAuthorize(AgencyController.REGISTRARS)
	String register(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String uscc, @RequestParam(defaultValue = "") String filingNumber,
			@RequestParam(defaultValue = "") String filingAuthority, @RequestParam(defaultValue = "") String categories,
			@RequestParam(defaultValue = "") String webhookUrl, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/exchange/agencies", () -> {
			RegisteredAgency registered = this.agencies.register(new NewAgency(code, name, uscc, filingNumber,
					filingAuthority, Set.of(categories.split("[\\s,，、]+")), webhookUrl));
			redirect.addFlashAttribute("apiKey", registered.apiKey());
			redirect.addFlashAttribute("secret", registered.signingSecret());
			return "已备案登记“" + registered.agency().name() + "”，可接收的公开信息类别："
					+ String.join("、", registered.agency().categories().stream().sorted().toList()) + "。";
		});
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(AgencyController.REGISTRARS)
	String status(@PathVariable long id, @RequestParam(required = false) AgencyStatus status,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/exchange/agencies", Map.of(PageOutcome.ANY_INPUT_PROBLEM, "reason"), () -> {
			var changed = this.agencies.setStatus(id, status, reason);
			return "“" + changed.name() + "”的状态已改为" + changed.status().label() + "。";
		});
	}

}
