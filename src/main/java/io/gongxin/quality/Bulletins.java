package io.gongxin.quality;

import java.io.OutputStream;
import java.util.List;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PdfRenderer;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.Times;
import io.gongxin.quality.internal.BulletinAssembler;
import io.gongxin.quality.internal.BulletinPdf;
import io.gongxin.quality.internal.BulletinStore;
import io.gongxin.quality.internal.BulletinWorkbook;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality bulletins (通报): a draft computed live for any period; once an officer adds the
 * commentary and publishes it, the snapshot is stored and never changes.
 */
@Service
public class Bulletins {

	/** Longest commentary, about four printed pages. */
	static final int MAX_COMMENTARY = 8000;

	private final BulletinAssembler assembler;

	private final BulletinStore store;

	private final AuditLog audit;

	private final java.time.Clock clock;

	private final PdfRenderer pdf;

	private final Times times;

	Bulletins(BulletinAssembler assembler, BulletinStore store, AuditLog audit, java.time.Clock clock, PdfRenderer pdf,
			Times times) {
		this.times = times;
		this.assembler = assembler;
		this.pdf = pdf;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public BulletinContent draft(Period period) {
		return this.assembler.assemble(period);
	}

	@Transactional
	public PublishedBulletin publish(Period period, String commentary) {
		String text = (commentary == null) ? "" : commentary.strip();
		if (text.isEmpty() || text.length() > MAX_COMMENTARY) {
			throw new DomainException("GX-QLT-004", ProblemKind.BAD_REQUEST,
					"A bulletin is published with a commentary of 1 to " + MAX_COMMENTARY + " characters.");
		}
		if (this.store.exists(period)) {
			throw new DomainException("GX-QLT-005", ProblemKind.CONFLICT,
					"The bulletin for " + period.label() + " is already published; published bulletins never change.");
		}
		String by = ActingUser.currentName();
		PublishedBulletin published = this.store.insert(this.assembler.assemble(period), text, by,
				this.clock.instant());
		this.audit.record(AuditEntry.change("quality.bulletin.publish", "bulletin", String.valueOf(published.id()))
			.after(published.label() + " sha256=" + published.contentSha256()));
		return published;
	}

	@Transactional(readOnly = true)
	public PublishedBulletin published(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-QLT-006", ProblemKind.NOT_FOUND, "No bulletin " + id + "."));
	}

	@Transactional(readOnly = true)
	public List<PublishedBulletin> list(Long beforeId, int limit) {
		return this.store.list((beforeId == null) ? Long.MAX_VALUE : beforeId, Math.max(1, Math.min(limit, 100)));
	}

	public void writeXlsx(BulletinContent content, String commentary, OutputStream out) {
		BulletinWorkbook.write(content, commentary, this.times.text(content.generatedAt()), out);
	}

	public void writePdf(BulletinContent content, String commentary, OutputStream out) {
		BulletinPdf.write(this.pdf, content, commentary, this.times.text(content.generatedAt()), out);
	}

}
