package io.gongxin.portal.internal;

import java.util.List;

import io.gongxin.commitment.CommitmentTemplates;
import io.gongxin.commitment.Commitments;
import io.gongxin.commitment.PublicCommitment;
import io.gongxin.creditfile.PublicText;
import io.gongxin.platform.Pager;

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
	String column(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		int size = ListPageController.PAGE;
		long counted = this.commitments.publicColumnCount(q, Pager.CAP);
		int shown = Pager.clamp(page, counted, Pager.CAP, size);
		List<PublicCommitment> commitments = this.commitments.publicColumnAt(q, (shown - 1) * size, size)
			.stream()
			.map(PublicCommitment::of)
			.toList();
		String shownQuery = PublicText.mask(q);
		model.addAttribute("q", shownQuery);
		model.addAttribute("commitments", commitments);
		model.addAttribute("templates", this.templates.published());
		model.addAttribute("pager", Pager.of(counted, Pager.CAP, shown, size,
				n -> Href.to("/portal/commitments").with("q", shownQuery).page(n).toString()));
		return "portal/commitments";
	}

}
