package io.gongxin.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.gongxin.platform.ActingUser;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Providers;
import io.gongxin.quality.internal.ConcealmentStore;
import io.gongxin.quality.internal.DocumentNumbers;
import io.gongxin.quality.internal.KnownDecisionFile;
import io.gongxin.quality.internal.TimelinessPolicy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concealment (瞒报) detection: gaps in document numbering, decisions known from other
 * sources but never reported, and sampling checks with their confidence interval. Callers
 * enforce department scope.
 */
@Service
public class Concealment {

	private final ConcealmentStore store;

	private final Providers providers;

	private final AuditLog audit;

	private final Clock clock;

	private final TimelinessPolicy timeliness;

	Concealment(ConcealmentStore store, Providers providers, AuditLog audit, Clock clock, WorkingDays workingDays) {
		this.store = store;
		this.providers = providers;
		this.audit = audit;
		this.clock = clock;
		this.timeliness = new TimelinessPolicy(workingDays);
	}

	/** Suspected unreported decisions: missing serials between reported ones. */
	@Transactional(readOnly = true)
	public List<NumberGap> gaps(String provider, Integer year, int limit) {
		if (provider != null) {
			this.providers.get(provider);
		}
		return this.store.gaps(provider, year, Math.max(1, Math.min(limit, 1000)));
	}

	/**
	 * Checks a CSV of decisions known from another source (columns 文书号, and optionally
	 * 决定日期, 主体名称, 数据提供单位) against what the provider reported.
	 */
	@Transactional
	public List<KnownDecision> reconcile(String provider, InputStream csv) {
		if (provider != null) {
			this.providers.get(provider);
		}
		List<KnownDecisionFile.Line> lines;
		try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8)) {
			lines = KnownDecisionFile.read(reader, provider);
		}
		catch (IOException ex) {
			throw new DomainException("GX-QLT-002", ProblemKind.BAD_REQUEST, "The list could not be read.");
		}
		List<KnownDecision> result = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		for (KnownDecisionFile.Line line : lines) {
			String key = DocumentNumbers.key(line.documentNumber());
			Set<String> reported = this.store.reportedKeys(line.providerCode(), List.of(key));
			LocalDate deadline = (line.decisionDate() != null) ? this.timeliness.deadline(line.decisionDate()) : null;
			KnownDecision.Status status;
			if (!reported.isEmpty()) {
				status = KnownDecision.Status.REPORTED;
			}
			else if (line.decisionDate() == null) {
				status = KnownDecision.Status.UNKNOWN;
			}
			else {
				status = switch (this.timeliness.judge(line.decisionDate(), today)) {
					case LATE -> KnownDecision.Status.UNREPORTED;
					case TIMELY -> KnownDecision.Status.PENDING;
					case IMPLAUSIBLE, UNKNOWN -> KnownDecision.Status.UNKNOWN;
				};
			}
			result.add(new KnownDecision(line.line(), line.providerCode(), line.documentNumber(), line.decisionDate(),
					line.subjectName(), status, deadline));
		}
		long unreported = result.stream().filter(d -> d.status() == KnownDecision.Status.UNREPORTED).count();
		this.audit.record(AuditEntry.read("quality.reconcile", "provider", String.valueOf(provider))
			.details(result.size() + " known decisions, " + unreported + " unreported"));
		return result;
	}

	@Transactional
	public SampleCheck recordSample(String provider, LocalDate checkedOn, int checked, int unreported, String note) {
		this.providers.get(provider);
		if (checked < 1 || unreported < 0 || unreported > checked || checkedOn == null
				|| checkedOn.isAfter(LocalDate.now(this.clock))) {
			throw new DomainException("GX-QLT-003", ProblemKind.BAD_REQUEST,
					"A sample needs a past check date, at least one decision checked and 0 to that many unreported.");
		}
		String by = ActingUser.currentName();
		SampleCheck sample = this.store.addSample(provider, checkedOn, checked, unreported,
				(note == null) ? null : note.strip(), by, this.clock.instant());
		this.audit.record(AuditEntry.change("quality.sample", "provider", provider)
			.after(checked + " checked, " + unreported + " unreported on " + checkedOn));
		return sample;
	}

	@Transactional(readOnly = true)
	public List<SampleCheck> samples(String provider, Period period) {
		return this.store.samples(provider, period.from(), period.to());
	}

	/**
	 * The provider's concealment rate over the samples of the period; empty without any.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<ConcealmentEstimate> estimate(String provider, Period period) {
		List<SampleCheck> samples = samples(provider, period);
		long checked = samples.stream().mapToLong(SampleCheck::checked).sum();
		long unreported = samples.stream().mapToLong(SampleCheck::unreported).sum();
		return (checked == 0) ? java.util.Optional.empty()
				: java.util.Optional.of(ConcealmentEstimate.of(checked, unreported));
	}

	/** Concealment estimates of every sampled provider over the period, in one query. */
	@Transactional(readOnly = true)
	public java.util.Map<String, ConcealmentEstimate> estimates(Period period) {
		java.util.Map<String, ConcealmentEstimate> estimates = new java.util.HashMap<>();
		this.store.sampleTotals(period.from(), period.to())
			.forEach((provider, totals) -> estimates.put(provider, ConcealmentEstimate.of(totals[0], totals[1])));
		return estimates;
	}

	/** Missing serial numbers per provider in the sequences of the period's years. */
	@Transactional(readOnly = true)
	public java.util.Map<String, Long> missingNumbers(Period period) {
		return this.store.missingByProvider(period.from().getYear(), period.to().getYear());
	}

}
