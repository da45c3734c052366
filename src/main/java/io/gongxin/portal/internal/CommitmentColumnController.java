package io.gongxin.portal.internal;

import java.util.List;

import io.gongxin.commitment.CommitmentTemplates;
import io.gongxin.commitment.Commitments;
import io.gongxin.commitment.PublicCommitment;
import io.gongxin.creditfile.PublicText;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 信用承诺 column (信用承诺专栏): organisations' commitments of public types with
 * where they stand, searchable by name or credit code, and the templates one can sign.
 */
@Controller
class CommitmentColumnController {

	private final Commitments commitments;

	private final CommitmentTemplates templates;

	CommitmentColumnController(Commitments commitments, CommitmentTemplates templates) {
		this.commitments = commitments;
		this.templates = templates;
	}

	@GetMapping("/portal/commitments")
	@PreAuthorize("permitAll()")
	String column(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long before, Model model) {
		List<PublicCommitment> shown = this.commitments.publicColumn(q, before, ListPageController.PAGE + 1)
			.stream()
			.map(PublicCommitment::of)
			.toList();
		boolean more = shown.size() > ListPageController.PAGE;
		shown = more ? shown.subList(0, ListPageController.PAGE) : shown;
		model.addAttribute("q", PublicText.mask(q));
		model.addAttribute("commitments", shown);
		model.addAttribute("templates", this.templates.published());
		model.addAttribute("next", more ? shown.get(shown.size() - 1).id() : null);
		return "portal/commitments";
	}

}
