package io.gongxin.commitment.internal;

import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentTemplates;
import io.gongxin.commitment.Commitments;
import io.gongxin.commitment.SigningChannel;
import io.gongxin.platform.PageOutcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enterprise's 信用承诺 page on the portal: the published templates, each with its text
 * and items to read and sign, and the organisation's commitments with where they stand.
 * The organisation comes from the account, never from the form.
 */
@Controller
class MyCommitmentsPageController {

	private final Commitments commitments;

	private final CommitmentTemplates templates;

	private final Callers callers;

	MyCommitmentsPageController(Commitments commitments, CommitmentTemplates templates, Callers callers) {
		this.commitments = commitments;
		this.templates = templates;
		this.callers = callers;
	}

	@GetMapping("/my/commitments")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String page(@RequestParam(required = false) String template, Model model) {
		model.addAttribute("templates", this.templates.published());
		model.addAttribute("chosen", template);
		model.addAttribute("commitments", this.commitments.ofSubject(this.callers.ownOrganisation()));
		return "commitment/mine";
	}

	@PostMapping("/my/commitments")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String sign(@RequestParam String templateCode, @RequestParam(defaultValue = "") String matter,
			@RequestParam(required = false) String agreed, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/my/commitments", () -> {
			Commitment signed = this.commitments.sign(templateCode, this.callers.ownOrganisation(), matter,
					agreed != null, SigningChannel.PORTAL, null);
			return "已签署" + signed.typeName() + "，承诺书编号 " + signed.number()
					+ ((signed.dueOn() != null) ? "，" + signed.departmentName() + "将于" + signed.dueOn() + "前核查履约情况"
							: signed.deadlinePending() ? "，核查期限待下一年度节假日安排导入后确定" : "")
					+ "。";
		});
	}

}
