package io.gongxin.subject.internal;

import java.util.List;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.NameDiscrepancy;
import io.gongxin.subject.Subjects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The credit office's review queue for name discrepancies: a record named its subject
 * differently from the register. The officer takes the reported name (the subject was
 * renamed) or keeps the registered one (the department misspelt it).
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
class DiscrepancyPageController {

	private static final int PAGE = 50;

	private final Subjects subjects;

	DiscrepancyPageController(Subjects subjects) {
		this.subjects = subjects;
	}

	@GetMapping("/console/name-discrepancies")
	String page(@RequestParam(defaultValue = "0") long after, Model model) {
		List<NameDiscrepancy> open = this.subjects.openDiscrepancies(after, PAGE);
		model.addAttribute("discrepancies", open);
		model.addAttribute("more", open.size() == PAGE);
		model.addAttribute("first", after == 0);
		return "console/name-discrepancies";
	}

	@PostMapping("/console/name-discrepancies/{id}/decision")
	String decide(@PathVariable long id, @RequestParam boolean accept, RedirectAttributes redirect) {
		try {
			this.subjects.decideDiscrepancy(id, accept);
			redirect.addFlashAttribute("done", accept ? "已采用报送名称，主体名称已更新。" : "已保留登记名称，报送名称不予采用。");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", "该名称差异已处理或不存在。");
		}
		return "redirect:/console/name-discrepancies";
	}

}
