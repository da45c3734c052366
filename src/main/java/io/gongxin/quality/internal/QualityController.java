package io.gongxin.quality.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.platform.ActingUser;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.quality.CodeDefects;
import io.gongxin.quality.Concealment;
import io.gongxin.quality.KnownDecision;
import io.gongxin.quality.Notice;
import io.gongxin.quality.NumberGap;
import io.gongxin.quality.Period;
import io.gongxin.quality.ProviderFigures;
import io.gongxin.quality.QualityMetrics;
import io.gongxin.quality.QualityTargets;
import io.gongxin.quality.SampleCheck;
import io.gongxin.security.DepartmentScope;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Quality metrics, concealment checks and notices. The credit office sees every provider;
 * a provider sees only its own figures, problem data and notices.
 */
@RestController
@RequestMapping("/api/quality")
class QualityController {

	static final String OFFICE = "hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')";

	private final QualityMetrics metrics;

	private final Concealment concealment;

	private final IdentifierGovernance identifiers;

	private final NoticeDesk notices;

	private final Ingestion ingestion;

	private final DepartmentScope scope;

	private final QualityTargets targets;

	private final QualityNames names;

	private final Clock clock;

	QualityController(QualityMetrics metrics, Concealment concealment, IdentifierGovernance identifiers,
			NoticeDesk notices, Ingestion ingestion, DepartmentScope scope, QualityTargets targets, QualityNames names,
			Clock clock) {
		this.names = names;
		this.metrics = metrics;
		this.concealment = concealment;
		this.identifiers = identifiers;
		this.notices = notices;
		this.ingestion = ingestion;
		this.scope = scope;
		this.targets = targets;
		this.clock = clock;
	}

	/** Period parameters shared by the endpoints. */
	record PeriodQuery(String month, String quarter, String year,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

		Period period(Clock clock) {
			return Period.parse(this.month, this.quarter, this.year, this.from, this.to, LocalDate.now(clock));
		}

	}

	@GetMapping("/metrics")
	@PreAuthorize(OFFICE)
	QualityViews.Metrics metrics(PeriodQuery query, @RequestParam(required = false) String category,
			@RequestParam(required = false) String region) {
		Period period = query.period(this.clock);
		return new QualityViews.Metrics(period, this.targets, FiguresView.of(this.metrics.overall(period)),
				this.metrics.byProvider(period, category, region).stream().map(FiguresView::of).toList());
	}

	@GetMapping("/regions")
	@PreAuthorize(OFFICE)
	List<FiguresView> regions(PeriodQuery query) {
		return this.metrics.byRegion(query.period(this.clock)).stream().map(FiguresView::of).toList();
	}

	@GetMapping("/coverage")
	@PreAuthorize(OFFICE)
	List<QualityViews.CoverageLine> coverage(PeriodQuery query) {
		return QualityViews.CoverageLine.of(this.metrics.coverage(query.period(this.clock)), this.names);
	}

	@GetMapping("/dashboard")
	@PreAuthorize(OFFICE)
	QualityViews.Dashboard dashboard(PeriodQuery query) {
		Period period = query.period(this.clock);
		return new QualityViews.Dashboard(period, this.targets, FiguresView.of(this.metrics.overall(period)),
				this.metrics.byDay(period, null).stream().map(FiguresView::of).toList(),
				this.metrics.byRegion(period).stream().map(FiguresView::of).toList(),
				this.metrics.byProvider(period, null, null).stream().map(FiguresView::of).toList(),
				QualityViews.RuleLine.of(this.metrics.topRejectionRules(period, null, 10)),
				QualityViews.CoverageLine.of(this.metrics.coverage(period), this.names));
	}

	@GetMapping("/providers/{provider}/metrics")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	QualityViews.ProviderMetrics provider(@PathVariable String provider, PeriodQuery query) {
		this.scope.require(provider);
		Period period = query.period(this.clock);
		ProviderFigures figures = this.metrics.ofProvider(period, provider);
		long open = this.ingestion.openRejectionCount(provider);
		return new QualityViews.ProviderMetrics(provider, period, this.targets, FiguresView.of(figures),
				this.metrics.byCategory(period, provider).stream().map(FiguresView::of).toList(),
				this.metrics.byDay(period, provider).stream().map(FiguresView::of).toList(),
				QualityViews.RuleLine.of(this.metrics.topRejectionRules(period, provider, 10)), open,
				ProviderAdvice.advise(figures, this.targets, open));
	}

	@GetMapping("/gaps")
	@PreAuthorize(OFFICE)
	List<NumberGap> gaps(@RequestParam(required = false) String provider, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "200") int limit) {
		return this.concealment.gaps(provider, year, limit);
	}

	@PostMapping("/reconciliations")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	List<KnownDecision> reconcile(@RequestParam(required = false) String provider,
			@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream in = file.getInputStream()) {
			return this.concealment.reconcile(provider, in);
		}
	}

	/** A sampling check as an officer records it. */
	record SampleRequest(String provider, LocalDate checkedOn, Integer checked, Integer unreported, String note) {
	}

	@PostMapping("/samples")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	ResponseEntity<QualityViews.Sample> sample(@RequestBody SampleRequest request) {
		if (request.provider() == null || request.checked() == null || request.unreported() == null) {
			throw new DomainException("GX-QLT-003", ProblemKind.BAD_REQUEST,
					"A sample names the provider, the decisions checked and those found unreported.");
		}
		SampleCheck sample = this.concealment.recordSample(request.provider(), request.checkedOn(), request.checked(),
				request.unreported(), request.note());
		return ResponseEntity.status(HttpStatus.CREATED).body(QualityViews.Sample.of(sample));
	}

	@GetMapping("/samples")
	@PreAuthorize(OFFICE)
	QualityViews.Samples samples(@RequestParam(required = false) String provider, PeriodQuery query) {
		Period period = query.period(this.clock);
		return new QualityViews.Samples(
				this.concealment.samples(provider, period).stream().map(QualityViews.Sample::of).toList(),
				this.concealment.estimate(provider, period).orElse(null));
	}

	@GetMapping("/defects")
	@PreAuthorize(OFFICE)
	QualityViews.Defects defects() {
		CodeDefects defects = this.identifiers.defects();
		return new QualityViews.Defects(defects, defects.defectRate().percent(), defects.correctionRate().percent());
	}

	@GetMapping("/notices")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<Notice> notices(@RequestParam(required = false) String provider, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		// a provider's clerk reads its own department's inbox; credit office staff choose
		String inbox = ActingUser.current().map(ActingUser::departmentCode).orElse(provider);
		return this.notices.inbox(inbox, before, limit);
	}

	@PostMapping("/notices/sweep")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	List<Notice> sweep() {
		return this.notices.sweep();
	}

}
