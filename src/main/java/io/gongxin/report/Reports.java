package io.gongxin.report;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.gongxin.audit.Sm2KeyPair;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.PdfRenderer;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.report.internal.DomainList;
import io.gongxin.report.internal.PdfSigner;
import io.gongxin.report.internal.PublicAtCutoff;
import io.gongxin.report.internal.ReportAssembler;
import io.gongxin.report.internal.ReportAssembler.Assembled;
import io.gongxin.report.internal.ReportHtml;
import io.gongxin.report.internal.ReportKeys;
import io.gongxin.report.internal.ReportStore;
import io.gongxin.report.internal.ReportStore.Issued;
import io.gongxin.subject.SubjectId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues credit reports and answers verification requests. Every issue is audited with
 * the caller, the subject and the report type.
 */
@Service
public class Reports {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray();

	private final ReportAssembler assembler;

	private final ReportHtml html;

	private final PdfRenderer rendering;

	private final PdfSigner signer;

	private final ReportKeys keys;

	private final ReportStore store;

	private final DomainList domains;

	private final AuditLog audit;

	private final Clock clock;

	private final ZoneId zone;

	private final SecureRandom random = new SecureRandom();

	private final TransactionTemplate transactions;

	private final TransactionTemplate reads;

	Reports(ReportAssembler assembler, ReportHtml html, PdfRenderer rendering, PdfSigner signer, ReportKeys keys,
			ReportStore store, DomainList domains, AuditLog audit, Clock clock,
			@Value("${gongxin.time-zone:Asia/Shanghai}") ZoneId zone, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.reads = new TransactionTemplate(transactionManager);
		this.reads.setReadOnly(true);
		this.assembler = assembler;
		this.html = html;
		this.rendering = rendering;
		this.signer = signer;
		this.keys = keys;
		this.store = store;
		this.domains = domains;
		this.audit = audit;
		this.clock = clock;
		this.zone = zone;
	}

	public List<CheckDomain> domains() {
		return this.domains.all();
	}

	/**
	 * Issues, signs, seals and records a report. Rendering and signing run outside the
	 * transaction: only the verification record and its audit entry are written in one,
	 * so the audit chain's lock is held for milliseconds, not for a render.
	 */
	public IssuedReport issue(ReportRequest request, String issuedBy) {
		Instant issuedAt = this.clock.instant();
		String number = newNumber(issuedAt);
		// one read-only transaction for the subject, its credit file and the catalog: a
		// consistent view, and one commit instead of one per facade call
		Assembled assembled = this.reads.execute(status -> this.assembler.assemble(request, number, issuedAt, true));
		String reason = assembled.content().type().label() + " " + number;
		byte[] pdf = this.rendering.render(this.html.render(assembled.content()),
				document -> this.signer.signOnFirstSave(document, issuedAt, reason));
		String pdfSm3 = PublicAtCutoff.sm3(pdf);
		Sm2KeyPair seal = this.keys.seal();
		Issued unsealed = new Issued(number, request.type(), assembled.subject().id(), assembled.subject().name(),
				assembled.content().subject().key(), assembled.domainCodes(), assembled.content().periodFrom(),
				assembled.content().periodTo(), issuedAt, issuedAt, issuedBy, request.authorisationRef(),
				request.channel(), assembled.publicDigest(), pdfSm3, seal.publicHex(), "-");
		Issued sealed = unsealed.sealedWith(seal.sign(unsealed.sealedText()));
		this.transactions.executeWithoutResult(status -> record(request, assembled, sealed));
		return new IssuedReport(number, request.type(), assembled.subject().id(), assembled.subject().name(), issuedAt,
				issuedAt, pdf, pdfSm3);
	}

	private void record(ReportRequest request, Assembled assembled, Issued sealed) {
		String number = sealed.number();
		if (!this.store.insert(sealed)) {
			throw new DomainException("GX-RPT-010", ProblemKind.CONFLICT, "Report number collision; please retry.");
		}
		StringBuilder details = new StringBuilder("type=").append(request.type().name());
		details.append("; channel=").append(request.channel());
		if (request.authorisationRef() != null) {
			details.append("; authorisation=").append(request.authorisationRef());
		}
		if (!assembled.domainCodes().isEmpty()) {
			details.append("; domains=").append(String.join(",", assembled.domainCodes()));
		}
		this.audit.record(AuditEntry.change("report.issue", "report", number)
			.subject(assembled.subject().id().toString())
			.after(sealed.pdfSm3())
			.details(details.toString()));
	}

	/**
	 * The report as HTML without issuing it: no number is taken, nothing is recorded
	 * except the audit of the read.
	 */
	@Transactional
	public String preview(ReportRequest request) {
		Assembled assembled = this.assembler.assemble(request, "预览-未出具", this.clock.instant(), false);
		this.audit.record(AuditEntry.read("report.preview", "subject", assembled.subject().id().toString())
			.subject(assembled.subject().id().toString())
			.details("type=" + request.type().name()));
		return this.html.render(assembled.content());
	}

	/** Reports issued about the subject, newest first (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<ReportSummary> issuedAbout(SubjectId subject, int limit) {
		return this.store.issuedAbout(subject, Math.max(1, Math.min(limit, 500)))
			.stream()
			.map(r -> new ReportSummary(r.number(), r.type(), r.issuedAt(), domainNames(r.domains()), r.periodFrom(),
					r.periodTo(), r.channel()))
			.toList();
	}

	private List<String> domainNames(List<String> codes) {
		return codes.stream()
			.map(code -> this.domains.all()
				.stream()
				.filter(d -> d.code().equals(code))
				.map(CheckDomain::name)
				.findFirst()
				.orElse(code))
			.toList();
	}

	@Transactional(readOnly = true)
	public ReportVerification verify(String number) {
		if (number == null || !number.matches("[0-9A-Z]{22}")) {
			return ReportVerification.unknown(number);
		}
		return this.store.find(number).map(issued -> {
			boolean genuine = Sm2KeyPair.verify(issued.sm2PublicKey(), issued.sealedText(), issued.sm2Signature())
					&& issued.sm2PublicKey().equals(this.keys.seal().publicHex());
			boolean changed = !issued.publicDigest()
				.equals(this.assembler.currentDigest(issued.subjectId(), issued.type(), this.clock.instant()));
			List<String> domainNames = domainNames(issued.domains());
			return new ReportVerification(issued.number(), genuine, issued.type(), issued.subjectName(),
					issued.subjectKey(), issued.issuedAt(), issued.cutoffAt(), domainNames, issued.periodFrom(),
					issued.periodTo(), changed, issued.pdfSm3());
		}).orElseGet(() -> ReportVerification.unknown(number));
	}

	/** Whether an uploaded file is byte for byte the PDF issued under the number. */
	@Transactional(readOnly = true)
	public boolean identical(String number, byte[] pdf) {
		ReportVerification verification = verify(number);
		return verification.genuine() && PublicAtCutoff.sm3(pdf).equals(verification.pdfSm3());
	}

	private String newNumber(Instant at) {
		StringBuilder number = new StringBuilder(STAMP.format(at.atZone(this.zone)));
		for (int i = 0; i < 8; i++) {
			number.append(ALPHABET[this.random.nextInt(ALPHABET.length)]);
		}
		return number.toString();
	}

}
