package io.gongxin.platform;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's step on a page: the notice when it succeeds, the refusal in Chinese (with the
 * catalog's reasons, where the record was refused) when it does not; a refusal of access
 * stays an error page.
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
			if (ex.details().get("reasons") != null) {
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
