package io.gongxin.identifier.internal;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.gongxin.platform.ActingUser;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.identifier.RegistrationCategories;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators keep the allow-list of irregular codes and the category table. */
@RestController
@RequestMapping("/api/admin/identifiers")
@PreAuthorize("hasRole('ADMIN')")
class IdentifierAdminController {

	private final ReferenceData referenceData;

	private final AuditLog audit;

	private final IrregularCodeDesk irregular;

	IdentifierAdminController(ReferenceData referenceData, AuditLog audit, IrregularCodeDesk irregular) {
		this.referenceData = referenceData;
		this.audit = audit;
		this.irregular = irregular;
	}

	record NoteForm(@NotBlank @Size(max = 500) String note) {
	}

	record CategoryForm(@NotBlank @Size(max = 100) String departmentName,
			@NotBlank @Size(max = 100) String categoryName) {
	}

	@GetMapping("/known-irregular")
	List<ReferenceData.IrregularCode> irregularCodes() {
		return this.referenceData.irregularCodes();
	}

	@PutMapping("/known-irregular/{code}")
	Map<String, String> listIrregular(@PathVariable String code, @Valid @RequestBody NoteForm form) {
		this.irregular.list(code, form.note());
		return Map.of("code", code, "note", form.note());
	}

	@DeleteMapping("/known-irregular/{code}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlistIrregular(@PathVariable String code) {
		this.irregular.unlist(code);
	}

	@GetMapping("/categories")
	List<RegistrationCategories.Entry> categories() {
		return this.referenceData.categories().entries();
	}

	@PutMapping("/categories/{department}/{category}")
	@Transactional
	RegistrationCategories.Entry putCategory(@PathVariable String department, @PathVariable String category,
			@Valid @RequestBody CategoryForm form) {
		RegistrationCategories.Entry entry;
		try {
			if (department.length() != 1 || category.length() != 1) {
				throw new IllegalArgumentException("one character each");
			}
			entry = new RegistrationCategories.Entry(department.charAt(0), category.charAt(0), form.departmentName(),
					form.categoryName());
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException("GX-ID-008", ProblemKind.BAD_REQUEST,
					"Department and category are one USCC character each.");
		}
		this.referenceData.putCategory(entry, actorName());
		this.audit.record(
				AuditEntry.change("identifier.category.put", "identifier_registration_category", department + category)
					.after(entry.toString()));
		return entry;
	}

	static String actorName() {
		return ActingUser.currentName();
	}

}
