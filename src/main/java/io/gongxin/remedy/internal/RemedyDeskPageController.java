package io.gongxin.remedy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import io.gongxin.platform.PageOutcome;
import io.gongxin.remedy.Correction;
import io.gongxin.remedy.CorrectionState;
import io.gongxin.remedy.Corrections;
import io.gongxin.remedy.Objection;
import io.gongxin.remedy.ObjectionOutcome;
import io.gongxin.remedy.ObjectionState;
import io.gongxin.remedy.Objections;
import io.gongxin.remedy.RepairApplication;
import io.gongxin.remedy.RepairState;
import io.gongxin.remedy.Repairs;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk of remedies: the credit office accepts objections and repair applications,
 * checks and refers objections and files at the counter for applicants; a department
 * answers the 协查 and decides the repairs of its own records. Each list is oldest first,
 * and each step is also a task in the inbox with its deadline.
 */
@Controller
class RemedyDeskPageController {

	private static final int PAGE = 100;

	private final Objections objections;

	private final Repairs repairs;

	private final Applicants applicants;

	private final Corrections corrections;

	private final PersonalReads reads;

	RemedyDeskPageController(Objections objections, Repairs repairs, Applicants applicants, Corrections corrections,
			PersonalReads reads) {
		this.reads = reads;
		this.corrections = corrections;
		this.objections = objections;
		this.repairs = repairs;
		this.applicants = applicants;
	}

	@GetMapping("/remedies")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String desk(@RequestParam(required = false) Long recordId, Model model) {
		// from a credit file: the counter forms start with that record
		model.addAttribute("recordId", recordId);
		boolean department = CurrentActor.get().map(actor -> actor.role() == Role.PROVIDER).orElse(false);
		String own = department ? CurrentActor.get().orElseThrow().departmentCode() : null;
		model.addAttribute("department", department);
		List<String> personal = new ArrayList<>();
		if (department) {
			show(model, "toAnswer", this.objections.inState(ObjectionState.REFERRED, own, 0, PAGE),
					Objection::subjectIsPerson, Objection::reference, personal);
			show(model, "toDecide", this.repairs.inState(RepairState.ACCEPTED, own, 0, PAGE),
					RepairApplication::subjectIsPerson, RepairApplication::reference, personal);
		}
		else {
			show(model, "toAccept", this.objections.inState(ObjectionState.FILED, null, 0, PAGE),
					Objection::subjectIsPerson, Objection::reference, personal);
			show(model, "toCheck", this.objections.inState(ObjectionState.ACCEPTED, null, 0, PAGE),
					Objection::subjectIsPerson, Objection::reference, personal);
			show(model, "toReview", this.repairs.inState(RepairState.FILED, null, 0, PAGE),
					RepairApplication::subjectIsPerson, RepairApplication::reference, personal);
		}
		show(model, "toCorrect", this.corrections.inState(CorrectionState.OPEN, own, 0, PAGE),
				Correction::subjectIsPerson, Correction::reference, personal);
		this.reads.listed("desk", personal);
		return "remedy/desk";
	}

	@PostMapping("/remedies/objections/{id}/{step:accept|refuse|refer|platform-correction}")
	@PreAuthorize("hasRole('OFFICER')")
	String objectionStep(@PathVariable long id, @PathVariable String step, @RequestParam int version,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/remedies", Map.of(PageOutcome.ANY_INPUT_PROBLEM, "text"), () -> {
			Objection done = switch (step) {
				case "accept" -> this.objections.accept(id, version, text.isBlank() ? "予以受理" : text);
				case "refuse" -> this.objections.refuse(id, version, text);
				case "refer" -> this.objections.refer(id, version, text.isBlank() ? "转信息提供单位协查" : text);
				default -> this.objections.correctAtPlatform(id, version, text);
			};
			return "异议 " + done.reference() + "：" + done.stateLabel();
		});
	}

	@PostMapping("/remedies/objections/{id}/answer")
	@PreAuthorize("hasRole('PROVIDER')")
	String answer(@PathVariable long id, @RequestParam int version, @RequestParam ObjectionOutcome outcome,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String corrected,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/remedies", Map.of(PageOutcome.ANY_INPUT_PROBLEM, "text"), () -> {
			Objection objection = this.objections.objection(id);
			this.applicants.requireMayRead(objection.subjectId(), objection.providerCode());
			Objection done = this.objections.answer(id, version, outcome, text, fields(corrected));
			return "异议 " + done.reference() + "：" + done.stateLabel();
		});
	}

	@PostMapping("/remedies/repairs/{id}/{step:accept|refuse}")
	@PreAuthorize("hasRole('OFFICER')")
	String review(@PathVariable long id, @PathVariable String step, @RequestParam int version,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/remedies", Map.of(PageOutcome.ANY_INPUT_PROBLEM, "text"), () -> {
			RepairApplication done = step.equals("accept")
					? this.repairs.accept(id, version, text.isBlank() ? "初审通过" : text)
					: this.repairs.refuse(id, version, text);
			return "修复申请 " + done.reference() + "：" + done.state().label();
		});
	}

	@PostMapping("/remedies/repairs/{id}/{step:approve|reject|extend}")
	@PreAuthorize("hasRole('PROVIDER')")
	String decide(@PathVariable long id, @PathVariable String step, @RequestParam int version,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/remedies", Map.of(PageOutcome.ANY_INPUT_PROBLEM, "text"), () -> {
			RepairApplication repair = this.repairs.application(id);
			this.applicants.requireMayRead(repair.subjectId(), repair.providerCode());
			RepairApplication done = switch (step) {
				case "approve" -> this.repairs.approve(id, version, text);
				case "reject" -> this.repairs.reject(id, version, text);
				default -> this.repairs.extend(id, version, text);
			};
			return "修复申请 " + done.reference() + "：" + done.state().label()
					+ ((step.equals("extend")) ? "，办理时限已延长" + done.extendedDays() + "个工作日" : "");
		});
	}

	/** A department (for its own records) or the credit office opens a correction. */
	@PostMapping("/remedies/corrections")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	String openCorrection(@RequestParam long recordId, @RequestParam(defaultValue = "") String finding,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/remedies", Map.of(PageOutcome.ANY_INPUT_PROBLEM, "finding"), () -> {
			this.applicants.record(recordId);
			return "已发起勘误，查询码 " + this.corrections.open(recordId, finding).reference();
		});
	}

	@PostMapping("/remedies/corrections/{id}/file")
	@PreAuthorize("hasRole('PROVIDER')")
	String fileCorrection(@PathVariable long id, @RequestParam int version, @RequestParam CorrectionState outcome,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String corrected,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/remedies", Map.of(PageOutcome.ANY_INPUT_PROBLEM, "text"), () -> {
			Correction correction = this.corrections.correction(id);
			this.applicants.requireMayRead(correction.subjectId(), correction.providerCode());
			Correction done = this.corrections.file(id, version, outcome, text, fields(corrected));
			return "勘误 " + done.reference() + "：" + done.state().label();
		});
	}

	/** An officer files at the counter (窗口代办) for an applicant who came in person. */
	@PostMapping("/remedies/counter/{kind:repair|objection}")
	@PreAuthorize("hasRole('OFFICER')")
	String counter(@PathVariable String kind, @RequestParam long recordId, @RequestParam String applicantName,
			@RequestParam String contact, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String evidence, @RequestParam(required = false) String commitment,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/remedies", () -> {
			var applicant = this.applicants.forRecord(recordId, applicantName, contact);
			String reference = kind.equals("repair")
					? this.repairs
						.apply(recordId, applicant, text, MyRemediesPageController.evidence(evidence),
								commitment != null)
						.reference()
					: this.objections
						.file(recordId, applicant, text, MyRemediesPageController.evidence(evidence),
								commitment != null)
						.reference();
			return "已代为提交，查询码 " + reference;
		});
	}

	/**
	 * Puts a list of cases on the page and notes the cases about natural persons it
	 * shows, whose listing is an audited read.
	 */
	private static <T> void show(Model model, String name, List<T> cases, Predicate<T> aboutPerson,
			Function<T, String> reference, List<String> personal) {
		model.addAttribute(name, cases);
		cases.stream().filter(aboutPerson).map(reference).forEach(personal::add);
	}

	/** Corrected fields, one {@code 字段代码=更正后的值} per line. */
	static Map<String, String> fields(String lines) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : lines.split("\\R")) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
			}
		}
		return fields;
	}

}
