package io.gongxin.commitment.internal;

import java.util.List;

import io.gongxin.commitment.CommitmentTemplates;
import io.gongxin.commitment.TemplateDraft;
import io.gongxin.commitment.TemplateVersion;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commitment templates: the credit office writes and publishes them; anyone reads the
 * published.
 */
@RestController
class TemplateController {

	private final CommitmentTemplates templates;

	TemplateController(CommitmentTemplates templates) {
		this.templates = templates;
	}

	@GetMapping("/api/public/commitment-templates")
	@PreAuthorize("permitAll()")
	List<TemplateVersion> published() {
		return this.templates.published();
	}

	@GetMapping("/api/commitment-templates")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<TemplateVersion> all() {
		return this.templates.all();
	}

	@PostMapping("/api/commitment-templates")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	TemplateVersion draft(@RequestBody TemplateDraft draft) {
		return this.templates.draft(draft);
	}

	@PostMapping("/api/commitment-templates/{code}/versions/{version}/publish")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	TemplateVersion publish(@PathVariable String code, @PathVariable int version) {
		return this.templates.publish(code, version);
	}

}
