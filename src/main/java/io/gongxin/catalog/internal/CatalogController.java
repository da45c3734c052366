package io.gongxin.catalog.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CatalogDiff;
import io.gongxin.catalog.CatalogDrafts;
import io.gongxin.catalog.CatalogVersion;
import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.DraftProposal;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalog versions for credit office staff, and the draft lifecycle: officers and
 * administrators edit drafts; only administrators publish.
 */
@RestController
@RequestMapping("/api/catalog")
class CatalogController {

	private final Catalogs catalogs;

	private final CatalogDrafts drafts;

	CatalogController(Catalogs catalogs, CatalogDrafts drafts) {
		this.catalogs = catalogs;
		this.drafts = drafts;
	}

	record ProposalForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}") String label,
			@NotBlank @Size(max = 200) String title, @Size(max = 2000) String note, Long basedOn) {

		DraftProposal toProposal() {
			return new DraftProposal(this.label, this.title, this.note,
					(this.basedOn != null) ? CatalogVersionId.of(this.basedOn) : null);
		}

	}

	/** Also bound from the draft page's publication form, hence the ISO date format. */
	record PublicationForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom) {
	}

	@GetMapping("/versions")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	List<CatalogVersion> versions() {
		return this.catalogs.versions();
	}

	@GetMapping("/versions/{id}")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	CatalogContent version(@PathVariable long id) {
		return this.catalogs.content(versionId(id));
	}

	@GetMapping("/versions/{id}/categories/{code}")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	CategoryDefinition category(@PathVariable long id, @PathVariable String code) {
		return this.catalogs.category(versionId(id), code);
	}

	/** The version in force on a day (default today). */
	@GetMapping("/in-force")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	CatalogVersion inForce(@RequestParam(required = false) LocalDate on) {
		return (on != null) ? this.catalogs.versionInForce(on) : this.catalogs.versionInForceToday();
	}

	@GetMapping("/diff")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	CatalogDiff diff(@RequestParam long from, @RequestParam long to) {
		return this.catalogs.diff(versionId(from), versionId(to));
	}

	@PostMapping("/drafts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	CatalogVersion propose(@Valid @RequestBody ProposalForm form) {
		return this.drafts.propose(form.toProposal());
	}

	@PutMapping("/drafts/{id}/categories/{code}")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	CategoryDefinition putCategory(@PathVariable long id, @PathVariable String code, @RequestBody String body) {
		CategoryDefinition category = CatalogJson.parse(body, CategoryDefinition.class);
		requireSameCode(code, category.code());
		return this.drafts.putCategory(versionId(id), category);
	}

	@PutMapping("/drafts/{id}/categories/{code}/fields/{field}")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	CategoryDefinition putField(@PathVariable long id, @PathVariable String code, @PathVariable String field,
			@RequestBody String body) {
		FieldDefinition definition = CatalogJson.parse(body, FieldDefinition.class);
		requireSameCode(field, definition.code());
		return this.drafts.putField(versionId(id), code, definition);
	}

	@DeleteMapping("/drafts/{id}/categories/{code}/fields/{field}")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	CategoryDefinition removeField(@PathVariable long id, @PathVariable String code, @PathVariable String field) {
		return this.drafts.removeField(versionId(id), code, field);
	}

	@DeleteMapping("/drafts/{id}/categories/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	void removeCategory(@PathVariable long id, @PathVariable String code) {
		this.drafts.removeCategory(versionId(id), code);
	}

	@PutMapping("/drafts/{id}/code-lists/{code}")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	CodeList putCodeList(@PathVariable long id, @PathVariable String code, @RequestBody String body) {
		CodeList codeList = CatalogJson.parse(body, CodeList.class);
		requireSameCode(code, codeList.code());
		return this.drafts.putCodeList(versionId(id), codeList);
	}

	@DeleteMapping("/drafts/{id}/code-lists/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	void removeCodeList(@PathVariable long id, @PathVariable String code) {
		this.drafts.removeCodeList(versionId(id), code);
	}

	@DeleteMapping("/drafts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	void discard(@PathVariable long id) {
		this.drafts.discard(versionId(id));
	}

	@PostMapping("/drafts/{id}/publication")
	@PreAuthorize("hasRole('ADMIN')")
	CatalogVersion publish(@PathVariable long id, @Valid @RequestBody PublicationForm form) {
		return this.drafts.publish(versionId(id), form.effectiveFrom());
	}

	static CatalogVersionId versionId(long id) {
		if (id <= 0) {
			throw new DomainException("GX-CAT-001", ProblemKind.NOT_FOUND, "No catalog version with id " + id + ".");
		}
		return CatalogVersionId.of(id);
	}

	private static void requireSameCode(String path, String body) {
		if (!path.equals(body)) {
			throw new DomainException("GX-CAT-009", ProblemKind.BAD_REQUEST,
					"The code in the path (" + path + ") differs from the code in the body (" + body + ").");
		}
	}

}
