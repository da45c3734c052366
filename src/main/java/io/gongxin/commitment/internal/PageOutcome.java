package io.gongxin.commitment.internal;

import java.util.function.Supplier;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemTexts;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's step on a page: the notice when it succeeds, the refusal in Chinese (with the
 * catalog's reasons, where the record was refused) when it does not; a refusal of access
 * stays an error page.
 */
final class PageOutcome {

	private PageOutcome() {
	}

	static String run(RedirectAttributes redirect, String back, Supplier<String> step) {
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
			redirect.addFlashAttribute("error", message.toString());
		}
		return "redirect:" + back;
	}

}
