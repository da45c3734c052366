package io.gongxin.platform;

import java.util.Map;
import java.util.function.Supplier;

import io.gongxin.platform.internal.FormAgain;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's step on a page: the notice when it succeeds, the refusal in Chinese when it
 * does not, with what the refusal names (the conditions not met, the catalog's reasons
 * for a refused record, or the rule broken); a refusal of access stays an error page.
 * <p>
 * {@link #run} answers a refusal with a redirect and a banner, for forms that are only a
 * button. {@link #form} is for forms a person types into: a refusal shows the same page
 * again (422) with what was typed still in the inputs and the refusal next to the field
 * it names.
 */
public final class PageOutcome {

	/** The key of {@code fieldsByCode} for any refusal of what was typed. */
	public static final String ANY_INPUT_PROBLEM = "*";

	private PageOutcome() {
	}

	public static String run(RedirectAttributes redirect, String back, Supplier<String> step) {
		try {
			redirect.addFlashAttribute("notice", step.get());
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", message(refusal(ex)));
		}
		return "redirect:" + back;
	}

	/**
	 * Like {@link #run}, but a refusal renders the page at {@code back} again, as a
	 * {@code GET}, with status 422 and the submitted values kept.
	 */
	public static String form(RedirectAttributes redirect, String back, Supplier<String> step) {
		return form(redirect, back, Map.of(), step);
	}

	/**
	 * As {@link #form(RedirectAttributes, String, Supplier)}; {@code fieldsByCode} names
	 * the input a refusal concerns when the refusal itself does not (for example
	 * {@code GX-EVA-001 → "definition"}); under {@link #ANY_INPUT_PROBLEM} it names the
	 * input of a form with one, for every refusal of what was typed (400 or 422, not a
	 * conflict or a missing record).
	 */
	public static String form(RedirectAttributes redirect, String back, Map<String, String> fieldsByCode,
			Supplier<String> step) {
		try {
			redirect.addFlashAttribute("notice", step.get());
			return "redirect:" + back;
		}
		catch (DomainException ex) {
			return refused(back, ex, fieldsByCode);
		}
	}

	/**
	 * The page at {@code back} again for a refusal caught by a handler whose success is
	 * not a plain redirect with a notice (as in {@link #form}).
	 */
	public static String refused(String back, DomainException ex, Map<String, String> fieldsByCode) {
		int status = refusal(ex).kind().status().value();
		String hint = fieldsByCode.getOrDefault(ex.code(),
				(status == 400 || status == 422) ? fieldsByCode.get(ANY_INPUT_PROBLEM) : null);
		return FormAgain.refused(back, ex, message(ex), hint);
	}

	private static DomainException refusal(DomainException ex) {
		if (ex.kind().status().value() == 403) {
			throw ex;
		}
		return ex;
	}

	/** The refusal in Chinese, with the conditions, reasons or rule it names. */
	private static String message(DomainException ex) {
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
		return message.toString();
	}

}
