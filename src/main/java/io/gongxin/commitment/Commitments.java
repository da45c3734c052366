package io.gongxin.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.commitment.internal.CommitmentStore;
import io.gongxin.commitment.internal.CommitmentTally;
import io.gongxin.commitment.internal.DepartmentNames;
import io.gongxin.commitment.internal.PublicColumnStore;
import io.gongxin.commitment.internal.Signing;
import io.gongxin.commitment.internal.Verification;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.SqlPipeline;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit commitments: signing against a published template (by the enterprise on the
 * portal, or registered by the department that took it), the department's finding, the
 * public column, the overdue list, the figures, and the warnings a credit check gives.
 * Who may do what is the callers' business (controllers check the account); this facade
 * keeps the rules of the commitment itself.
 */
@Service
public class Commitments {

	private static final java.util.regex.Pattern CREDIT_CODE = java.util.regex.Pattern.compile("[0-9A-Za-z]{18}");

	private final CommitmentTemplates templates;

	private final CommitmentStore store;

	private final Signing signing;

	private final Verification verification;

	private final Subjects subjects;

	private final DepartmentNames names;

	private final CommitmentTally tally;

	private final PublicColumnStore column;

	private final Clock clock;

	private final SqlPipeline pipeline;

	Commitments(CommitmentTemplates templates, CommitmentStore store, Signing signing, Verification verification,
			Subjects subjects, DepartmentNames names, CommitmentTally tally, PublicColumnStore column, Clock clock,
			SqlPipeline pipeline) {
		this.pipeline = pipeline;
		this.column = column;
		this.tally = tally;
		this.names = names;
		this.templates = templates;
		this.store = store;
		this.signing = signing;
		this.verification = verification;
		this.subjects = subjects;
		this.clock = clock;
	}

	/**
	 * The subject signs the published version of the template today.
	 * @param agreed whether the signer ticked that it read and accepts the text
	 */
	@Transactional
	public Commitment sign(String templateCode, SubjectId subjectId, String matter, boolean agreed,
			SigningChannel channel, LocalDate signedOn) {
		if (!agreed) {
			throw new DomainException("GX-CMT-011", ProblemKind.BAD_REQUEST,
					"The signer must confirm having read the commitment and accept its terms.");
		}
		TemplateVersion template = this.templates.signable(templateCode);
		String what = matter(matter, template.matterLabel());
		Subject subject = this.subjects.get(subjectId);
		return this.signing.sign(new Signing.Terms(null, template.id(), template.kind(), template.name(), what,
				template.text(), template.items(), template.departmentCode(), channel, template.publicColumn(),
				template.breachTier(), (signedOn != null) ? signedOn : LocalDate.now(this.clock),
				template.verificationWorkingDays(), true, null), subject);
	}

	/** The subject holding the key, for a department registering its commitment. */
	@Transactional(readOnly = true)
	public Subject subject(SubjectKey key) {
		return this.subjects.findByKey(key)
			.orElseThrow(() -> new DomainException("GX-CMT-012", ProblemKind.NOT_FOUND,
					"No subject with this code is registered on the platform.", Map.of("subject", key.toString())));
	}

	/** Records the verifying department's finding (once). */
	@Transactional
	public Commitment recordFinding(String number, CommitmentState state, LocalDate foundOn, String evidence,
			String explanation) {
		Commitment commitment = find(number);
		return this.verification.record(commitment, this.subjects.get(commitment.subjectId()),
				new Verification.Finding(state, foundOn, evidence, explanation, true));
	}

	@Transactional(readOnly = true)
	public Commitment find(String number) {
		return this.store.byNumber(number)
			.orElseThrow(() -> new DomainException("GX-CMT-013", ProblemKind.NOT_FOUND, "No such commitment.",
					Map.of("number", String.valueOf(number))));
	}

	/** The subject's commitments, newest first (at most 200). */
	@Transactional(readOnly = true)
	public List<Commitment> ofSubject(SubjectId subject) {
		return this.store.ofSubject(subject, 200);
	}

	/**
	 * A department's commitments (every department's for {@code null}), newest first;
	 * pass the last id seen for the next page.
	 */
	@Transactional(readOnly = true)
	public List<Commitment> ofDepartment(String departmentCode, boolean pendingOnly, Long beforeId, int limit) {
		return this.store.ofDepartment(departmentCode, pendingOnly, (beforeId == null) ? Long.MAX_VALUE : beforeId,
				Math.max(1, Math.min(limit, 200)));
	}

	/** Unverified past their due date today, earliest due first. */
	@Transactional(readOnly = true)
	public List<Commitment> overdue(String departmentCode, int limit) {
		return this.store.overdue(departmentCode, LocalDate.now(this.clock), Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * The portal's 信用承诺 column: commitments of public types signed by organisations (a
	 * person's never appear), newest first, searchable by name or credit code.
	 */
	@Transactional(readOnly = true)
	public List<Commitment> publicColumn(String query, Long beforeId, int limit) {
		ColumnQuery q = columnQuery(query);
		long before = (beforeId == null) ? Long.MAX_VALUE : beforeId;
		return q.nothing() ? List.of()
				: this.column.page(q.code(), q.subjects(), before, Math.max(1, Math.min(limit, 100)));
	}

	/**
	 * {@link #publicColumn} by position: {@code offset} commitments in (at most
	 * {@value #MAX_OFFSET}).
	 */
	@Transactional(readOnly = true)
	public List<Commitment> publicColumnAt(String query, int offset, int limit) {
		ColumnQuery q = columnQuery(query);
		return q.nothing() ? List.of() : this.column.pageAt(q.code(), q.subjects(),
				Math.max(0, Math.min(offset, MAX_OFFSET)), Math.max(1, Math.min(limit, 100)));
	}

	/**
	 * How many commitments {@link #publicColumn} finds, counted up to {@code cap + 1} (so
	 * a result above {@code cap} means "more than cap").
	 */
	@Transactional(readOnly = true)
	public long publicColumnCount(String query, int cap) {
		ColumnQuery q = columnQuery(query);
		return q.nothing() ? 0 : this.column.count(q.code(), q.subjects(), Math.max(1, Math.min(cap, MAX_OFFSET)));
	}

	/** The deepest the column is read by position. */
	public static final int MAX_OFFSET = 10_000;

	/** What a column search looks for: a credit code, some subjects, or everything. */
	private record ColumnQuery(String code, List<SubjectId> subjects) {

		boolean nothing() {
			return this.subjects != null && this.subjects.isEmpty();
		}

	}

	private ColumnQuery columnQuery(String query) {
		String q = (query == null || query.isBlank()) ? null : query.strip();
		if (q != null && q.length() > 100) {
			throw new DomainException("GX-CMT-014", ProblemKind.BAD_REQUEST, "A search has at most 100 characters.");
		}
		if (q == null) {
			return new ColumnQuery(null, null);
		}
		if (CREDIT_CODE.matcher(q).matches()) {
			return new ColumnQuery(q.toUpperCase(java.util.Locale.ROOT), null);
		}
		// names through the register's search, as the portal finds subjects
		return new ColumnQuery(null,
				this.subjects.search(q, Subjects.Audience.PUBLIC, 50).stream().map(hit -> hit.id()).toList());
	}

	/**
	 * Figures per department and kind, with a total line first: signed, verified, the
	 * fulfilment rate and the share of registered subjects with a commitment.
	 */
	@Transactional(readOnly = true)
	public List<CommitmentFigures> figures(String departmentCode) {
		List<CommitmentTally.Counts> counts = this.tally.counts(departmentCode, LocalDate.now(this.clock));
		long registered = this.subjects.count();
		List<CommitmentFigures> lines = new ArrayList<>();
		long signed = 0;
		long pending = 0;
		long overdue = 0;
		long fulfilled = 0;
		long broken = 0;
		for (CommitmentTally.Counts c : counts) {
			lines.add(figure(c.departmentCode(), c.kind(), c.signed(), c.subjects(), c.pending(), c.overdue(),
					c.fulfilled(), c.broken(), registered));
			signed += c.signed();
			pending += c.pending();
			overdue += c.overdue();
			fulfilled += c.fulfilled();
			broken += c.broken();
		}
		lines.add(0, figure(departmentCode, null, signed, this.tally.subjectsWithCommitments(departmentCode), pending,
				overdue, fulfilled, broken, registered));
		return lines;
	}

	private CommitmentFigures figure(String department, CommitmentKind kind, long signed, long subjects, long pending,
			long overdue, long fulfilled, long broken, long registered) {
		long verified = fulfilled + broken;
		return new CommitmentFigures(department, (department != null) ? this.names.of(department) : "全部部门", kind,
				signed, subjects, pending, overdue, fulfilled, broken,
				(verified > 0) ? (double) fulfilled / verified : null,
				(registered > 0) ? (double) subjects / registered : null);
	}

	/**
	 * 事前信用预警: per subject, the commitments it broke and those past their verification
	 * deadline unverified, as of the instant (so a stored check can be replayed).
	 */
	@Transactional(readOnly = true)
	public Map<SubjectId, List<CommitmentWarning>> warnings(Collection<SubjectId> subjects, Instant at) {
		return this.pipeline.one(warningsSql(subjects, at));
	}

	/**
	 * {@link #warnings} as a statement to send with others in one round trip
	 * ({@link SqlPipeline}), in the caller's transaction.
	 */
	public PipelinedSql<Map<SubjectId, List<CommitmentWarning>>> warningsSql(Collection<SubjectId> subjects,
			Instant at) {
		LocalDate day = LocalDate.ofInstant(at, this.clock.getZone());
		return this.store.warnable(subjects, at, day).then(warnable -> warnings(warnable, at));
	}

	private static Map<SubjectId, List<CommitmentWarning>> warnings(List<Commitment> warnable, Instant at) {
		Map<SubjectId, List<CommitmentWarning>> result = new LinkedHashMap<>();
		for (Commitment c : warnable) {
			boolean broken = c.outcome() != null && c.outcome().state() == CommitmentState.BROKEN
					&& !c.outcome().recordedAt().isAfter(at);
			CommitmentWarning warning = broken
					? new CommitmentWarning(c.subjectId(), CommitmentWarning.Kind.BROKEN, c.number(), c.typeName(),
							c.departmentName(), c.outcome().foundOn(),
							c.outcome().foundOn() + " 经" + c.departmentName() + "核查，未履行" + c.typeName() + "（"
									+ c.number() + "）")
					: new CommitmentWarning(c.subjectId(), CommitmentWarning.Kind.OVERDUE, c.number(), c.typeName(),
							c.departmentName(), c.dueOn(), c.typeName() + "（" + c.number() + "）应于" + c.dueOn()
									+ "前核查履约情况，" + c.departmentName() + "尚未核查");
			result.computeIfAbsent(c.subjectId(), id -> new ArrayList<>()).add(warning);
		}
		return result;
	}

	private static String matter(String matter, String label) {
		if (matter == null || matter.isBlank() || matter.strip().length() > 500) {
			throw new DomainException("GX-CMT-001", ProblemKind.BAD_REQUEST,
					"Fill in " + label + " (at most 500 characters).", Map.of("field", "matter"));
		}
		return matter.strip();
	}

}
