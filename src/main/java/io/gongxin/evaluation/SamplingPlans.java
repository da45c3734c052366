package io.gongxin.evaluation;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.evaluation.internal.InspectionFiling;
import io.gongxin.evaluation.internal.ModelStore;
import io.gongxin.evaluation.internal.SamplingStore;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.Sm3;
import io.gongxin.security.DepartmentScope;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双随机、一公开 with graded ratios: a department announces an inspection task over the subjects
 * graded by a model (its population and their grades frozen, the seed's SM3 hash
 * published), draws the sample per grade and the inspectors with the seed revealed, and
 * files each inspection's result as a credit record.
 */
@Service
public class SamplingPlans {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SamplingStore store;

	private final ModelStore models;

	private final InspectionFiling filing;

	private final Subjects subjects;

	private final DepartmentScope scope;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<Grade, BigDecimal> defaultRatios;

	SamplingPlans(SamplingStore store, ModelStore models, InspectionFiling filing, Subjects subjects,
			DepartmentScope scope, AuditLog audit, Clock clock,
			@Value("${gongxin.evaluation.sampling.ratio-a:0.05}") BigDecimal a,
			@Value("${gongxin.evaluation.sampling.ratio-b:0.20}") BigDecimal b,
			@Value("${gongxin.evaluation.sampling.ratio-c:0.60}") BigDecimal c,
			@Value("${gongxin.evaluation.sampling.ratio-d:1.00}") BigDecimal d) {
		this.store = store;
		this.models = models;
		this.filing = filing;
		this.subjects = subjects;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
		this.defaultRatios = ratios(Map.of(Grade.A, a, Grade.B, b, Grade.C, c, Grade.D, d));
	}

	/** What a department asks for; {@code ratios} {@code null} for the defaults. */
	public record Announcement(String departmentCode, String taskName, String field, String modelCode,
			String regionPrefix, Map<Grade, BigDecimal> ratios, List<String> inspectors, Integer inspectorsPerSubject) {
	}

	public Map<Grade, BigDecimal> defaultRatios() {
		return this.defaultRatios;
	}

	@Transactional
	public SamplingPlan announce(Announcement request) {
		Objects.requireNonNull(request, "request");
		this.scope.require(request.departmentCode());
		String task = FormText.required(request.taskName(), 200, "抽查任务名称", reason -> invalid(reason, "taskName"));
		String field = FormText.required(request.field(), 100, "抽查领域", reason -> invalid(reason, "field"));
		EvaluationModel model = this.models
			.published((request.modelCode() == null) ? "COMPOSITE" : request.modelCode());
		String region = (request.regionPrefix() == null || request.regionPrefix().isBlank()) ? null
				: request.regionPrefix().strip();
		if (region != null && !region.matches("\\d{2,6}")) {
			throw invalid("区域须为2至6位行政区划代码前缀", "regionPrefix");
		}
		Map<Grade, BigDecimal> ratios = (request.ratios() == null) ? this.defaultRatios : ratios(request.ratios());
		List<String> inspectors = (request.inspectors() == null) ? List.of()
				: request.inspectors().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		int perSubject = (request.inspectorsPerSubject() == null) ? 2 : request.inspectorsPerSubject();
		if (perSubject < 1 || perSubject > 10 || inspectors.size() < perSubject || inspectors.size() > 1_000
				|| inspectors.stream().anyMatch(name -> name.length() > 50)) {
			throw invalid("执法检查人员名录须不少于每户检查人数（1至10人），每人姓名不超过50字", "inspectors");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String seed = HexFormat.of().formatHex(bytes);
		String number = this.store.nextNumber(LocalDate.now(this.clock));
		long id = this.store.insert(number, request.departmentCode(), task, field, model.code(), region, ratios,
				inspectors, perSubject, Sm3.hex(seed), seed, this.clock.instant(), ActingUser.currentName());
		SamplingPlan plan = this.store.find(id).orElseThrow();
		if (plan.population() == 0) {
			throw new DomainException("GX-EVA-021", ProblemKind.RULE_VIOLATION,
					"No graded subject in the plan's scope: nothing to sample.");
		}
		this.audit.record(AuditEntry.change("evaluation.sampling.announce", "sampling-plan", number)
			.after(plan.population() + " subjects, seed hash " + plan.seedHash()));
		return plan;
	}

	/** Draws the sample and reveals the seed; the department's own plans only. */
	@Transactional
	public SamplingPlan draw(long planId) {
		SamplingPlan plan = plan(planId);
		this.scope.require(plan.departmentCode());
		if (plan.state() != SamplingPlan.State.ANNOUNCED) {
			throw new DomainException("GX-EVA-022", ProblemKind.CONFLICT, "The plan was drawn already.");
		}
		List<SamplingDraw.Drawn> drawn = redraw(plan, this.store.seed(planId));
		drawn.forEach(d -> this.store.markDrawn(planId, d.subjectCode(), d.inspectors()));
		this.store.finishDraw(planId, this.clock.instant());
		this.audit.record(AuditEntry.change("evaluation.sampling.draw", "sampling-plan", plan.number())
			.after(drawn.size() + " drawn"));
		return withMembers(this.store.find(planId).orElseThrow());
	}

	/**
	 * Whether the seed matches its published hash and a fresh draw gives the stored
	 * sample.
	 */
	public record Verification(boolean seedMatchesHash, boolean sampleMatches, int drawn) {
	}

	@Transactional(readOnly = true)
	public Verification verify(long planId) {
		SamplingPlan plan = readable(planId);
		if (plan.state() != SamplingPlan.State.DRAWN) {
			throw new DomainException("GX-EVA-023", ProblemKind.CONFLICT, "The plan is not drawn yet.");
		}
		List<SamplingDraw.Drawn> again = redraw(plan, plan.seed());
		List<SamplingPlan.Member> stored = this.store.members(planId, true);
		boolean same = again.size() == stored.size() && again.stream()
			.allMatch(d -> stored.stream()
				.anyMatch(m -> m.subjectCode().equals(d.subjectCode()) && m.inspectors().equals(d.inspectors())));
		return new Verification(Sm3.hex(plan.seed()).equals(plan.seedHash()), same, stored.size());
	}

	/** Records an inspection's result and files it as the department's credit record. */
	@Transactional
	public SamplingPlan.Member recordResult(long planId, String subjectCode, InspectionResult result, LocalDate on,
			String note) {
		SamplingPlan plan = plan(planId);
		this.scope.require(plan.departmentCode());
		Objects.requireNonNull(result, "result");
		if (on == null || on.isAfter(LocalDate.now(this.clock))
				|| (plan.drawnAt() != null && on.isBefore(LocalDate.ofInstant(plan.drawnAt(), this.clock.getZone())))) {
			throw invalid("检查日期须在抽取之后、不晚于今天", "inspectedOn");
		}
		if (note != null && note.length() > 1_000) {
			throw invalid("检查情况说明不超过1000字", "note");
		}
		SamplingPlan.Member member = this.store.members(planId, true)
			.stream()
			.filter(m -> m.subjectCode().equalsIgnoreCase(String.valueOf(subjectCode).strip()))
			.findFirst()
			.orElseThrow(() -> new DomainException("GX-EVA-024", ProblemKind.NOT_FOUND,
					"The subject was not drawn in this plan."));
		if (member.result() != null) {
			throw new DomainException("GX-EVA-025", ProblemKind.CONFLICT, "The inspection's result was recorded.");
		}
		Subject subject = this.subjects.get(new SubjectId(member.subjectId()));
		// filed before the audit entry: the intake's own transaction must not wait on the
		// audit lock this transaction would hold
		long record = this.filing.file(plan, subject, result, note, on);
		this.store.recordResult(planId, member.subjectId(), result, note, on, record);
		this.audit.record(AuditEntry.change("evaluation.sampling.result", "sampling-plan", plan.number())
			.subject(member.subjectCode())
			.after(result.name() + " record " + record));
		return this.store.members(planId, true)
			.stream()
			.filter(m -> m.subjectId() == member.subjectId())
			.findFirst()
			.orElseThrow();
	}

	/** A plan with its population and draw, for its department and the credit office. */
	@Transactional(readOnly = true)
	public SamplingPlan get(long planId) {
		return withMembers(readable(planId));
	}

	@Transactional(readOnly = true)
	public List<SamplingPlan> page(String department, Long beforeId, int limit) {
		return this.store.page(department, (beforeId == null) ? Long.MAX_VALUE : beforeId,
				Math.max(1, Math.min(limit, 100)));
	}

	/** The public's view (一公开): no grades, no inspectors, organisations only. */
	@Transactional(readOnly = true)
	public List<PublicInspection> publicPage(Long beforeId, int limit) {
		return this.store.page(null, (beforeId == null) ? Long.MAX_VALUE : beforeId, Math.max(1, Math.min(limit, 50)))
			.stream()
			.map(this::publicView)
			.toList();
	}

	/** {@link #publicPage} by position: {@code offset} plans in, newest first. */
	@Transactional(readOnly = true)
	public List<PublicInspection> publicPageAt(int offset, int limit) {
		return this.store.pageAt(Math.max(0, Math.min(offset, 10_000)), Math.max(1, Math.min(limit, 50)))
			.stream()
			.map(this::publicView)
			.toList();
	}

	/** How many plans the public listing holds. */
	@Transactional(readOnly = true)
	public long publicCount() {
		return this.store.count();
	}

	private PublicInspection publicView(SamplingPlan plan) {
		return new PublicInspection(plan.number(), plan.departmentName(), plan.taskName(), plan.field(),
				plan.seedHash(), plan.seed(), plan.stateLabel(), plan.population(), plan.announcedAt(), plan.drawnAt(),
				this.store.members(plan.id(), true)
					.stream()
					.map(m -> new PublicInspection.Drawn(m.subjectName(), m.subjectCode(), m.resultLabel(),
							m.inspectedOn()))
					.toList());
	}

	private List<SamplingDraw.Drawn> redraw(SamplingPlan plan, String seed) {
		List<SamplingDraw.Member> population = this.store.members(plan.id(), false)
			.stream()
			.map(m -> new SamplingDraw.Member(m.subjectCode(), m.grade()))
			.toList();
		return SamplingDraw.draw(seed, population, plan.ratios(), plan.inspectors(), plan.inspectorsPerSubject());
	}

	private SamplingPlan withMembers(SamplingPlan plan) {
		return new SamplingPlan(plan.id(), plan.number(), plan.departmentCode(), plan.departmentName(), plan.taskName(),
				plan.field(), plan.modelCode(), plan.regionPrefix(), plan.ratios(), plan.inspectors(),
				plan.inspectorsPerSubject(), plan.seedHash(), plan.seed(), plan.state(), plan.population(),
				plan.announcedAt(), plan.drawnAt(), this.store.members(plan.id(), false));
	}

	private SamplingPlan readable(long planId) {
		SamplingPlan plan = plan(planId);
		this.scope.require(plan.departmentCode());
		return plan;
	}

	private SamplingPlan plan(long planId) {
		return this.store.find(planId)
			.orElseThrow(() -> new DomainException("GX-EVA-020", ProblemKind.NOT_FOUND, "No such sampling plan."));
	}

	/**
	 * Every grade sampled (above zero), at most all, worse grades never less than better.
	 */
	static Map<Grade, BigDecimal> ratios(Map<Grade, BigDecimal> asked) {
		Map<Grade, BigDecimal> ratios = new EnumMap<>(Grade.class);
		BigDecimal previous = BigDecimal.ZERO;
		for (Grade grade : Grade.values()) {
			BigDecimal ratio = (asked == null) ? null : asked.get(grade);
			if (ratio == null || ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
				throw invalid("每个等级都须抽查：" + grade.name() + "级的抽查比例须大于0且不超过100%", "ratio" + grade.name());
			}
			if (ratio.compareTo(previous) < 0) {
				throw invalid("信用等级越低抽查比例应越高：" + grade.name() + "级的比例不得低于上一等级", "ratio" + grade.name());
			}
			ratios.put(grade, ratio);
			previous = ratio;
		}
		return ratios;
	}

	/** The refusal, naming the form field it concerns so that pages can show it there. */
	private static DomainException invalid(String reason, String field) {
		return new DomainException("GX-EVA-027", ProblemKind.BAD_REQUEST, "The sampling plan is not valid: " + reason,
				Map.of("reason", reason, "field", field));
	}

}
