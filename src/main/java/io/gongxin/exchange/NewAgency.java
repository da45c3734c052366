package io.gongxin.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.gongxin.identifier.Uscc;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * An agency to register: who it is, its filing, and the public categories the law lets it
 * receive.
 *
 * @param webhookUrl where its information is POSTed; {@code null} when it reads a pull
 * feed
 */
public record NewAgency(String code, String name, String uscc, String filingNumber, String filingAuthority,
		Set<String> categories, String webhookUrl) {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

	private static final Pattern CATEGORY = Pattern.compile("[A-Z0-9_]{2,32}");

	public NewAgency {
		code = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw invalid("code", "The agency code has 2 to 32 upper-case letters, digits or dashes.");
		}
		name = text(name, "name", 100);
		filingNumber = text(filingNumber, "filingNumber", 64);
		filingAuthority = text(filingAuthority, "filingAuthority", 100);
		try {
			uscc = Uscc.parse((uscc == null) ? "" : uscc).value();
		}
		catch (DomainException ex) {
			throw new DomainException("GX-EXC-041", ProblemKind.RULE_VIOLATION,
					"The agency's unified social credit code fails its checks.", Map.of("field", "uscc"));
		}
		Set<String> wanted = new TreeSet<>();
		if (categories != null) {
			for (String category : categories) {
				if (category != null && !category.isBlank()) {
					wanted.add(category.strip().toUpperCase(Locale.ROOT));
				}
			}
		}
		if (wanted.isEmpty() || wanted.size() > 100 || !wanted.stream().allMatch(c -> CATEGORY.matcher(c).matches())) {
			throw new DomainException("GX-EXC-042", ProblemKind.BAD_REQUEST,
					"Name the public catalog categories the agency may receive.", Map.of("field", "categories"));
		}
		categories = Set.copyOf(wanted);
		webhookUrl = (webhookUrl == null || webhookUrl.isBlank()) ? null : webhookUrl.strip();
	}

	private static String text(String value, String field, int max) {
		String stripped = (value == null) ? "" : value.strip();
		// single-line fields: a control character (NUL above all, which PostgreSQL cannot
		// store) is a forged or broken form, not a name
		if (stripped.isEmpty() || stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
			throw invalid(field, "Fill in " + field + " (at most " + max + " characters).");
		}
		return stripped;
	}

	private static DomainException invalid(String field, String message) {
		return new DomainException("GX-EXC-040", ProblemKind.BAD_REQUEST, message, Map.of("field", field));
	}

}
