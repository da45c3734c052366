package io.gongxin.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.platform.ActingUser;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.catalog.internal.CatalogCache;
import io.gongxin.catalog.internal.CatalogStore;
import io.gongxin.catalog.internal.DraftValidation;
import io.gongxin.catalog.internal.ExclusionLists;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog's dynamic adjustment (动态调整): an officer proposes a draft copied from a
 * published version and edits it; an administrator publishes it with an effective date.
 * Published versions are never edited, so records validated against them stay
 * explainable. Every change is audited in the same transaction.
 */
@Service
public class CatalogDrafts {

	private final CatalogStore store;

	private final CatalogCache cache;

	private final Catalogs catalogs;

	private final DraftValidation validation;

	private final AuditLog audit;

	private final Clock clock;

	CatalogDrafts(CatalogStore store, CatalogCache cache, Catalogs catalogs, ExclusionLists exclusions, AuditLog audit,
			Clock clock) {
		this.store = store;
		this.cache = cache;
		this.catalogs = catalogs;
		this.validation = new DraftValidation(exclusions);
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts a draft as a copy of {@code basedOn} (or of the version in force today). */
	@Transactional
	public CatalogVersion propose(DraftProposal proposal) {
		CatalogVersion base = (proposal.basedOn() != null) ? this.catalogs.version(proposal.basedOn())
				: this.catalogs.versionInForceToday();
		if (this.store.labelExists(proposal.label())) {
			throw new DomainException("GX-CAT-004", ProblemKind.CONFLICT,
					"Catalog label " + proposal.label() + " is already used.");
		}
		CatalogVersionId id = this.store.insertDraft(proposal.label(), proposal.title(), proposal.note(), base.id(),
				actor(), now());
		this.store.copyContent(base.id(), id);
		this.audit.record(AuditEntry.change("catalog.draft.propose", "catalog-version", id.toString())
			.after(proposal.toString())
			.details("based on " + base.label()));
		return this.catalogs.version(id);
	}

	/** Adds a category to a draft or replaces it. */
	@Transactional
	public CategoryDefinition putCategory(CatalogVersionId draft, CategoryDefinition category) {
		lockDraft(draft);
		this.validation.checkCategory(category, this.store.codeLists(draft));
		CategoryDefinition before = this.store.category(draft, category.code()).orElse(null);
		this.store.putCategory(draft, category);
		this.audit.record(AuditEntry.change("catalog.category.put", "catalog-category", draft + "/" + category.code())
			.before((before != null) ? before.toString() : null)
			.after(category.toString()));
		return category;
	}

	/**
	 * Adds a new category to a draft; a code the draft already has is refused
	 * ({@code GX-CAT-014}) rather than replaced, as a form for a new category means.
	 */
	@Transactional
	public CategoryDefinition addCategory(CatalogVersionId draft, CategoryDefinition category) {
		lockDraft(draft);
		if (this.store.category(draft, category.code()).isPresent()) {
			throw alreadyExists("信息类别", category.code());
		}
		return putCategory(draft, category);
	}

	/**
	 * Replaces the attributes of a category of a draft and keeps its fields as they are
	 * under the draft's lock, so that a field saved meanwhile is not overwritten; the
	 * fields of {@code attributes} are ignored.
	 */
	@Transactional
	public CategoryDefinition putCategoryAttributes(CatalogVersionId draft, CategoryDefinition attributes) {
		lockDraft(draft);
		CategoryDefinition current = existingCategory(draft, attributes.code());
		return putCategory(draft, withFields(attributes, current.fields()));
	}

	/**
	 * Adds a field to a category of a draft, or replaces the field with the same code in
	 * place.
	 */
	@Transactional
	public CategoryDefinition putField(CatalogVersionId draft, String categoryCode, FieldDefinition field) {
		lockDraft(draft);
		CategoryDefinition category = existingCategory(draft, categoryCode);
		List<FieldDefinition> fields = new ArrayList<>(category.fields());
		int index = indexOf(fields, field.code());
		if (index >= 0) {
			fields.set(index, field);
		}
		else {
			fields.add(field);
		}
		return putCategory(draft, withFields(category, fields));
	}

	/**
	 * Adds a new field at the end of a category of a draft; an existing code is refused.
	 */
	@Transactional
	public CategoryDefinition addField(CatalogVersionId draft, String categoryCode, FieldDefinition field) {
		lockDraft(draft);
		if (indexOf(existingCategory(draft, categoryCode).fields(), field.code()) >= 0) {
			throw alreadyExists("数据项", field.code());
		}
		return putField(draft, categoryCode, field);
	}

	/** Removes a field from a category of a draft. */
	@Transactional
	public CategoryDefinition removeField(CatalogVersionId draft, String categoryCode, String fieldCode) {
		lockDraft(draft);
		CategoryDefinition category = existingCategory(draft, categoryCode);
		List<FieldDefinition> fields = new ArrayList<>(category.fields());
		int index = indexOf(fields, fieldCode);
		if (index < 0) {
			throw new DomainException("GX-CAT-013", ProblemKind.NOT_FOUND,
					"Category " + categoryCode + " has no field " + fieldCode + ".");
		}
		fields.remove(index);
		return putCategory(draft, withFields(category, fields));
	}

	@Transactional
	public void removeCategory(CatalogVersionId draft, String categoryCode) {
		lockDraft(draft);
		CategoryDefinition before = existingCategory(draft, categoryCode);
		this.store.removeCategory(draft, categoryCode);
		this.audit.record(AuditEntry.change("catalog.category.remove", "catalog-category", draft + "/" + categoryCode)
			.before(before.toString()));
	}

	/** Adds a code list to a draft or replaces it. */
	@Transactional
	public CodeList putCodeList(CatalogVersionId draft, CodeList codeList) {
		lockDraft(draft);
		this.store.putCodeList(draft, codeList);
		this.audit.record(AuditEntry.change("catalog.codelist.put", "catalog-code-list", draft + "/" + codeList.code())
			.after(codeList.toString()));
		return codeList;
	}

	/** Adds a new code list to a draft; an existing code is refused. */
	@Transactional
	public CodeList addCodeList(CatalogVersionId draft, CodeList codeList) {
		lockDraft(draft);
		if (this.store.codeLists(draft).stream().anyMatch(existing -> existing.code().equals(codeList.code()))) {
			throw alreadyExists("代码表", codeList.code());
		}
		return putCodeList(draft, codeList);
	}

	@Transactional
	public void removeCodeList(CatalogVersionId draft, String code) {
		lockDraft(draft);
		this.validation.checkCodeListRemoval(code, this.store.categories(draft));
		if (!this.store.removeCodeList(draft, code)) {
			throw new DomainException("GX-CAT-010", ProblemKind.NOT_FOUND,
					"Catalog version " + draft + " has no code list " + code + ".");
		}
		this.audit.record(AuditEntry.change("catalog.codelist.remove", "catalog-code-list", draft + "/" + code));
	}

	/**
	 * Drops a draft that will not be published. A draft another version was copied from
	 * stays: that version names it as its base, and a published one can no longer change.
	 */
	@Transactional
	public void discard(CatalogVersionId draft) {
		CatalogVersion version = lockDraft(draft);
		if (this.store.isBasisOfAnother(draft)) {
			throw new DomainException("GX-CAT-015", ProblemKind.CONFLICT,
					"Catalog version " + version.label() + " is the base of another version and cannot be discarded.");
		}
		this.store.deleteDraft(draft);
		this.audit.record(AuditEntry.change("catalog.draft.discard", "catalog-version", draft.toString())
			.before(version.toString()));
	}

	/**
	 * Publishes a draft. The effective date may not lie in the past (records already
	 * validated would change meaning) and must come after every published version's.
	 */
	@Transactional
	public CatalogVersion publish(CatalogVersionId draft, LocalDate effectiveFrom) {
		this.store.lockPublications();
		CatalogVersion version = lockDraft(draft);
		LocalDate today = LocalDate.now(this.clock);
		if (effectiveFrom == null || effectiveFrom.isBefore(today)) {
			throw new DomainException("GX-CAT-007", ProblemKind.RULE_VIOLATION,
					"The effective date must be today (" + today + ") or later.");
		}
		LocalDate latest = this.store.latestEffectiveDate().orElse(null);
		if (latest != null && !effectiveFrom.isAfter(latest)) {
			throw new DomainException("GX-CAT-007", ProblemKind.RULE_VIOLATION,
					"The effective date must come after " + latest + ", when the latest version takes effect.",
					Map.of("latestEffectiveFrom", latest.toString()));
		}
		List<CategoryDefinition> categories = this.store.categories(draft);
		if (categories.isEmpty()) {
			throw new DomainException("GX-CAT-011", ProblemKind.RULE_VIOLATION,
					"An empty catalog cannot be published.");
		}
		List<CodeList> codeLists = this.store.codeLists(draft);
		categories.forEach(category -> this.validation.checkCategory(category, codeLists));
		DraftValidation.checkRolesForPublication(categories);
		this.store.publish(draft, effectiveFrom, actor(), now());
		this.audit.record(AuditEntry.change("catalog.version.publish", "catalog-version", draft.toString())
			.before(version.toString())
			.details(version.label() + " effective " + effectiveFrom));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				CatalogDrafts.this.cache.publishedVersionsChanged();
			}
		});
		return this.catalogs.version(draft);
	}

	private CatalogVersion lockDraft(CatalogVersionId id) {
		CatalogVersion version = this.store.lock(id)
			.orElseThrow(() -> new DomainException("GX-CAT-001", ProblemKind.NOT_FOUND,
					"No catalog version with id " + id + "."));
		if (!version.isDraft()) {
			throw new DomainException("GX-CAT-003", ProblemKind.CONFLICT,
					"Catalog version " + version.label() + " is published and cannot change; propose a new draft.");
		}
		return version;
	}

	private CategoryDefinition existingCategory(CatalogVersionId draft, String categoryCode) {
		return this.store.category(draft, categoryCode)
			.orElseThrow(() -> new DomainException("GX-CAT-002", ProblemKind.NOT_FOUND,
					"Catalog version " + draft + " has no category " + categoryCode + "."));
	}

	private static DomainException alreadyExists(String what, String code) {
		return new DomainException("GX-CAT-014", ProblemKind.CONFLICT,
				"Code " + code + " is already used in the draft.",
				Map.of("errors", List.of(what + " " + code + " 已存在")));
	}

	private static int indexOf(List<FieldDefinition> fields, String code) {
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A field edit may break the category's own invariants (e.g. a condition on a removed
	 * field).
	 */
	private static CategoryDefinition withFields(CategoryDefinition c, List<FieldDefinition> fields) {
		try {
			return new CategoryDefinition(c.code(), c.name(), c.section(), c.sectionName(), c.origin(), c.legalBasis(),
					c.subjectTypes(), c.nature(), c.severityTiers(), c.publicity(), fields, c.configurable(), c.note());
		}
		catch (IllegalArgumentException ex) {
			throw DraftValidation.invalid(List.of(ex.getMessage()));
		}
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	private static String actor() {
		return ActingUser.currentName();
	}

}
