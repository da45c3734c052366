package io.gongxin.commitment;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.commitment.internal.TemplateStore;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Providers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitment templates, written by the credit office for a department and published in
 * versions: subjects sign the published version; a new version replaces it for new
 * signings, and what was signed keeps its version.
 */
@Service
public class CommitmentTemplates {

	private final TemplateStore store;

	private final Providers providers;

	private final AuditLog audit;

	private final Clock clock;

	CommitmentTemplates(TemplateStore store, Providers providers, AuditLog audit, Clock clock) {
		this.store = store;
		this.providers = providers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Writes the template's draft: a new template with its first version, or the next
	 * version of an existing one (its kind and department stay as they were created).
	 */
	@Transactional
	public TemplateVersion draft(TemplateDraft draft) {
		if (this.providers.find(draft.departmentCode()).isEmpty()) {
			throw new DomainException("GX-CMT-003", ProblemKind.BAD_REQUEST,
					"The verifying department is not registered.", Map.of("department", draft.departmentCode()));
		}
		String by = ActingUser.currentName();
		boolean created = this.store.insertTemplate(draft, by, this.clock.instant());
		String[] template = this.store.template(draft.code()).orElseThrow();
		if (!template[0].equals(draft.kind().name()) || !template[1].equals(draft.departmentCode())) {
			throw new DomainException("GX-CMT-003", ProblemKind.CONFLICT,
					"A template keeps the kind and department it was created with; create another template.",
					Map.of("code", draft.code()));
		}
		long id = this.store.saveDraft(draft, by, this.clock.instant());
		TemplateVersion version = this.store.find(id).orElseThrow();
		this.audit.record(
				AuditEntry
					.change(created ? "commitment.template.create" : "commitment.template.draft", "commitment-template",
							draft.code() + "#" + version.version())
					.after(draft.name()));
		return version;
	}

	/** Publishes the draft version; the version published before is retired. */
	@Transactional
	public TemplateVersion publish(String code, int version) {
		TemplateVersion draft = this.store.find(code, version)
			.orElseThrow(() -> new DomainException("GX-CMT-004", ProblemKind.NOT_FOUND, "No such template version.",
					Map.of("code", String.valueOf(code), "version", version)));
		if (!this.store.publish(code, version, ActingUser.currentName(), this.clock.instant())) {
			throw new DomainException("GX-CMT-005", ProblemKind.CONFLICT, "Only the template's draft can be published.",
					Map.of("code", code, "version", version, "status", draft.status().name()));
		}
		this.audit.record(AuditEntry.change("commitment.template.publish", "commitment-template", code + "#" + version)
			.before(TemplateStatus.DRAFT.name())
			.after(TemplateStatus.PUBLISHED.name()));
		return this.store.find(code, version).orElseThrow();
	}

	/** The versions subjects can sign now. */
	@Transactional(readOnly = true)
	public List<TemplateVersion> published() {
		return this.store.published();
	}

	/** The published version of a template; GX-CMT-004 when it has none. */
	@Transactional(readOnly = true)
	public TemplateVersion signable(String code) {
		return this.store.published(code)
			.orElseThrow(() -> new DomainException("GX-CMT-004", ProblemKind.NOT_FOUND,
					"No published template with this code.", Map.of("code", String.valueOf(code))));
	}

	/** Every version of every template, drafts and retired ones included. */
	@Transactional(readOnly = true)
	public List<TemplateVersion> all() {
		return this.store.all();
	}

	@Transactional(readOnly = true)
	public TemplateVersion version(String code, int version) {
		return this.store.find(code, version)
			.orElseThrow(() -> new DomainException("GX-CMT-004", ProblemKind.NOT_FOUND, "No such template version.",
					Map.of("code", String.valueOf(code), "version", version)));
	}

}
