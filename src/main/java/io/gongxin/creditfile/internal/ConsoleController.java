package io.gongxin.creditfile.internal;

import io.gongxin.subject.Subjects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer console: find a subject, read its full credit file. */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
class ConsoleController {

	private final OfficerFileService files;

	private final Subjects subjects;

	ConsoleController(OfficerFileService files, Subjects subjects) {
		this.files = files;
		this.subjects = subjects;
	}

	@GetMapping("/console/credit-files")
	String search(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("hits",
				q.isBlank() ? java.util.List.of() : this.subjects.search(q.strip(), Subjects.Audience.OFFICER, 50));
		return "console/search";
	}

	@GetMapping("/console/credit-files/{subjectId}")
	String file(@PathVariable long subjectId, Model model) {
		model.addAttribute("file", this.files.read(CreditFileController.subjectId(subjectId)));
		return "console/credit-file";
	}

}
