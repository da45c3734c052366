package io.gongxin.measures.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.gongxin.identifier.CitizenId;
import io.gongxin.identifier.Uscc;
import io.gongxin.measures.CheckAnswer;
import io.gongxin.measures.CheckRequest;
import io.gongxin.measures.CreditChecks;
import io.gongxin.measures.Scenario;
import io.gongxin.measures.SubjectQuery;
import io.gongxin.platform.DomainException;
import io.gongxin.provider.Providers;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The check by hand: a clerk (or an officer for a department) types the subjects, one per
 * line, picks the scenario and reads the same answer the API gives.
 */
@Controller
@RequestMapping("/checks")
class CheckPageController {

	/** What the page says for the refusals a typed form can meet. */
	static final Map<String, String> REFUSALS = Map.of("GX-MEA-001", "请选择应用场景。", "GX-MEA-007", "请填写1至1000个主体，每行一个。",
			"GX-MEA-008", "主体信息有误：请填写有效的统一社会信用代码、身份证号码，或2至100个字的企业名称。", "GX-MEA-010", "没有该部门。", "GX-MEA-017",
			"请选择办理业务的部门。");

	private final CreditChecks checks;

	private final Providers providers;

	CheckPageController(CreditChecks checks, Providers providers) {
		this.checks = checks;
		this.providers = providers;
	}

	@GetMapping
	@PreAuthorize(CheckController.CHECKERS)
	String form(Model model) {
		prepare(model, null, null, "");
		model.addAttribute("recent", recent());
		return "measures/checks";
	}

	@PostMapping
	@PreAuthorize(CheckController.CHECKERS)
	String check(@RequestParam(required = false) String department, @RequestParam(defaultValue = "") String scenario,
			@RequestParam(defaultValue = "") String subjects, Model model) {
		prepare(model, department, scenario, subjects);
		try {
			model.addAttribute("answer",
					this.checks
						.check(CheckController.departmentFor(department),
								new CheckRequest(scenario, queries(subjects), department), null)
						.answer());
		}
		catch (DomainException ex) {
			model.addAttribute("error", REFUSALS.getOrDefault(ex.code(), "核查未能完成（" + ex.code() + "）。"));
		}
		// listed after the check, so the one just made is among them
		model.addAttribute("recent", recent());
		return "measures/checks";
	}

	private void prepare(Model model, String department, String scenario, String subjects) {
		Actor actor = CurrentActor.get().orElseThrow();
		model.addAttribute("ownDepartment",
				actor.role().departmentBound() ? this.providers.find(actor.departmentCode()).orElse(null) : null);
		model.addAttribute("departments", actor.role().departmentBound() ? List.of() : this.providers.list(null, 500));
		model.addAttribute("scenarios", Arrays.asList(Scenario.values()));
		model.addAttribute("department", department);
		model.addAttribute("scenario", scenario);
		model.addAttribute("subjects", subjects);
	}

	/** The latest checks the signed-in person may see: their department's, or all. */
	private List<CheckAnswer> recent() {
		Actor actor = CurrentActor.get().orElseThrow();
		String own = actor.role().departmentBound() ? actor.departmentCode() : null;
		return this.checks.recent(own, null, 10);
	}

	/** One subject per line: a valid USCC, else a valid citizen id, else a name. */
	static List<SubjectQuery> queries(String text) {
		List<SubjectQuery> queries = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String value = line.strip();
			if (value.isEmpty()) {
				continue;
			}
			queries.add(kind(value));
		}
		return queries;
	}

	private static SubjectQuery kind(String value) {
		try {
			return SubjectQuery.ofUscc(Uscc.parse(value).value());
		}
		catch (DomainException notUscc) {
			try {
				return SubjectQuery.ofCitizenId(CitizenId.parse(value).value());
			}
			catch (DomainException notCitizenId) {
				return SubjectQuery.ofName(value);
			}
		}
	}

}
