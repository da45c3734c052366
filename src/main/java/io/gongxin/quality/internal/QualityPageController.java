package io.gongxin.quality.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageOutcome;
import io.gongxin.quality.Bulletins;
import io.gongxin.quality.Period;
import io.gongxin.quality.ProviderFigures;
import io.gongxin.quality.PublishedBulletin;
import io.gongxin.quality.QualityMetrics;
import io.gongxin.quality.QualityTargets;
import io.gongxin.security.DepartmentScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Pages of the quality tool (Chinese UI): the credit office's dashboard with drill-down,
 * a provider's own view, and the bulletin.
 */
@Controller
@RequestMapping("/quality")
class QualityPageController {

	private final QualityMetrics metrics;

	private final Bulletins bulletins;

	private final Ingestion ingestion;

	private final DepartmentScope scope;

	private final QualityTargets targets;

	private final Clock clock;

	QualityPageController(QualityMetrics metrics, Bulletins bulletins, Ingestion ingestion, DepartmentScope scope,
			QualityTargets targets, Clock clock) {
		this.metrics = metrics;
		this.bulletins = bulletins;
		this.ingestion = ingestion;
		this.scope = scope;
		this.targets = targets;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(QualityController.OFFICE)
	String dashboard(@RequestParam(required = false) String month, @RequestParam(required = false) String region,
			Model model) {
		Period period = Period.parse(month, null, null, null, null, LocalDate.now(this.clock));
		model.addAttribute("period", period);
		model.addAttribute("month", period.from().toString().substring(0, 7));
		model.addAttribute("region", region);
		model.addAttribute("overall", FiguresView.of(this.metrics.overall(period)));
		model.addAttribute("regions", this.metrics.byRegion(period).stream().map(FiguresView::of).toList());
		var providers = this.metrics.byProvider(period, null, region).stream().map(FiguresView::of).toList();
		model.addAttribute("providers", providers);
		model.addAttribute("backlog",
				providers.stream().mapToLong(p -> this.ingestion.openRejectionCount(p.key())).sum());
		model.addAttribute("targets", this.targets);
		return "quality/dashboard";
	}

	@GetMapping("/providers/{code}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String provider(@PathVariable String code, @RequestParam(required = false) String month, Model model) {
		this.scope.require(code);
		Period period = Period.parse(month, null, null, null, null, LocalDate.now(this.clock));
		ProviderFigures figures = this.metrics.ofProvider(period, code);
		long open = this.ingestion.openRejectionCount(code);
		model.addAttribute("code", code);
		model.addAttribute("period", period);
		model.addAttribute("month", period.from().toString().substring(0, 7));
		model.addAttribute("figures", FiguresView.of(figures));
		model.addAttribute("advice", ProviderAdvice.advise(figures, this.targets, open));
		model.addAttribute("batches", this.ingestion.batches(code, null, 20));
		model.addAttribute("targets", this.targets);
		return "quality/provider";
	}

	@GetMapping("/bulletins")
	@PreAuthorize(QualityController.OFFICE)
	String draft(@RequestParam(required = false) String month, Model model) {
		Period period = Period.parse(month, null, null, null, null, LocalDate.now(this.clock));
		model.addAttribute("bulletin", this.bulletins.draft(period));
		model.addAttribute("month", period.from().toString().substring(0, 7));
		model.addAttribute("published", null);
		model.addAttribute("history", this.bulletins.list(null, 24));
		return "quality/bulletin";
	}

	@PostMapping("/bulletins")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String publish(@RequestParam String month, @RequestParam String commentary) {
		try {
			Period period = Period.parse(month, null, null, null, null, LocalDate.now(this.clock));
			PublishedBulletin published = this.bulletins.publish(period, commentary);
			return "redirect:/quality/bulletins/" + published.id();
		}
		catch (DomainException ex) {
			return PageOutcome.refused("/quality/bulletins?month=" + UriUtils.encode(month, StandardCharsets.UTF_8), ex,
					Map.of(PageOutcome.ANY_INPUT_PROBLEM, "commentary"));
		}
	}

	@GetMapping("/bulletins/{id}")
	@PreAuthorize(QualityController.OFFICE)
	String published(@PathVariable long id, Model model) {
		PublishedBulletin published = this.bulletins.published(id);
		model.addAttribute("bulletin", published.content());
		model.addAttribute("month", published.content().from().toString().substring(0, 7));
		model.addAttribute("published", published);
		model.addAttribute("history", this.bulletins.list(null, 24));
		return "quality/bulletin";
	}

}
