package io.gongxin.remedy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemTexts;
import io.gongxin.remedy.Applicant;
import io.gongxin.remedy.Eligibility;
import io.gongxin.remedy.Evidence;
import io.gongxin.remedy.Objections;
import io.gongxin.remedy.Repairs;
import io.gongxin.subject.SubjectId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's path on the portal (法人用户): its records in publicity with the conditions
 * of repair that hold for each, the repair application and the objection with evidence
 * and the signed commitment, and its cases with their state and written replies. The
 * organisation comes from the account, never from the form.
 */
@Controller
class MyRemediesPageController {

	private final Repairs repairs;

	private final Objections objections;

	private final Applicants applicants;

	private final CreditFiles creditFiles;

	private final String zone;

	MyRemediesPageController(Repairs repairs, Objections objections, Applicants applicants, CreditFiles creditFiles,
			@Value("${gongxin.time-zone:Asia/Shanghai}") String zone) {
		this.zone = zone;
		this.repairs = repairs;
		this.objections = objections;
		this.applicants = applicants;
		this.creditFiles = creditFiles;
	}

	@GetMapping("/my/remedies")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String page(Model model) {
		SubjectId own = this.applicants.ownOrganisation();
		List<CreditFileItem> published = this.creditFiles.fileOf(own)
			.stream()
			.filter(item -> item.publicity().published())
			.toList();
		model.addAttribute("items", published);
		model.addAttribute("eligibility",
				this.repairs.eligibilityOf(own)
					.stream()
					.collect(java.util.stream.Collectors.toMap(Eligibility::recordId, e -> e)));
		model.addAttribute("repairs", this.repairs.ofSubject(own));
		model.addAttribute("objections", this.objections.ofSubject(own));
		model.addAttribute("zone", this.zone);
		return "remedy/mine";
	}

	@PostMapping("/my/remedies/repairs")
	@PreAuthorize("hasRole('ENTERPRISE')")
	Object applyForRepair(@RequestParam long recordId, @RequestParam String contact,
			@RequestParam(defaultValue = "") String dutiesPerformed, @RequestParam(defaultValue = "") String evidence,
			@RequestParam(required = false) String commitment, Model model, RedirectAttributes redirect) {
		try {
			Applicant applicant = this.applicants.forRecord(recordId, null, contact);
			String reference = this.repairs
				.apply(recordId, applicant, dutiesPerformed, evidence(evidence), commitment != null)
				.reference();
			redirect.addFlashAttribute("notice", "信用修复申请已提交，查询码 " + reference + "，请留意办理进度。");
			return "redirect:/my/remedies#cases";
		}
		catch (DomainException ex) {
			return again(ex, recordId, "repair", model);
		}
	}

	@PostMapping("/my/remedies/objections")
	@PreAuthorize("hasRole('ENTERPRISE')")
	Object object(@RequestParam long recordId, @RequestParam String contact,
			@RequestParam(defaultValue = "") String reasons, @RequestParam(defaultValue = "") String evidence,
			@RequestParam(required = false) String commitment, Model model, RedirectAttributes redirect) {
		try {
			Applicant applicant = this.applicants.forRecord(recordId, null, contact);
			String reference = this.objections
				.file(recordId, applicant, reasons, evidence(evidence), commitment != null)
				.reference();
			redirect.addFlashAttribute("notice", "异议申请已提交，查询码 " + reference + "，平台将在2个工作日内决定是否受理。");
			return "redirect:/my/remedies#cases";
		}
		catch (DomainException ex) {
			return again(ex, recordId, "objection", model);
		}
	}

	/**
	 * The page again with the refusal next to the record's form, the conditions named.
	 */
	private ModelAndView again(DomainException ex, long recordId, String form, Model model) {
		if (ex.kind().status().is5xxServerError() || "GX-REM-008".equals(ex.code())) {
			throw ex;
		}
		model.addAttribute("failedRecord", recordId);
		model.addAttribute("failedForm", form);
		model.addAttribute("failure", ProblemTexts.of(ex.code()).orElse(ex.getMessage()));
		List<String> failing = new ArrayList<>();
		if (ex.details().get("failing") instanceof List<?> checks) {
			for (Object check : checks) {
				if (check instanceof Map<?, ?> named) {
					failing.add(named.get("name") + "：" + named.get("reason"));
				}
			}
		}
		model.addAttribute("failing", failing);
		page(model);
		return new ModelAndView("remedy/mine", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
	}

	/** One piece of evidence per line of the form. */
	static List<Evidence> evidence(String lines) {
		return Arrays.stream(lines.split("\\R"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.limit(50)
			.map(line -> new Evidence((line.length() > 200) ? line.substring(0, 200) : line, null))
			.toList();
	}

}
