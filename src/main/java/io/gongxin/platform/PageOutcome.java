package io.gongxin.platform;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's step on a page: the notice when it succeeds, the refusal in Chinese when it
 * does not, with what the refusal names (the conditions not met, the catalog's reasons
 * for a refused record, or the rule broken); a refusal of access stays an error page.
 */
public final class PageOutcome {

	private PageOutcome() {
	}

	public static String run(RedirectAttributes redirect, String back, Supplier<String> step) {
		try {
			redirect.addFlashAttribute("notice", step.get());
		}
		catch (DomainException ex) {
			if (ex.kind().status().value() == 403) {
				throw ex;
			}
			StringBuilder message = new StringBuilder(ProblemTexts.of(ex.code()).orElse(ex.getMessage()));
			if (ex.details().get("failing") instanceof java.util.List<?> failing) {
				// conditions that were not met, each with its name and why
				for (Object check : failing) {
					if (check instanceof java.util.Map<?, ?> named) {
						message.append("；").append(named.get("name")).append("：").append(named.get("reason"));
					}
				}
			}
			else if (ex.details().get("reasons") != null) {
				message.append("：").append(ex.details().get("reasons"));
			}
			else if (ex.details().get("reason") != null) {
				// the rule a form broke, in Chinese (e.g. an evaluation model's)
				message.append("：").append(ex.details().get("reason"));
			}
			redirect.addFlashAttribute("error", message.toString());
		}
		return "redirect:" + back;
	}

}
