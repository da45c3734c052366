package io.gongxin.quality.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.quality.DocumentNumber;

/**
 * Parses the numbering formats departments actually use: 〔2024〕123号 (the standard
 * hexagonal brackets), [2024]123号, (2024)123号, 2024-123, 第123号 (year taken from the
 * decision date), each optionally after an agency prefix such as 穗市监罚.
 */
public final class DocumentNumbers {

	private static final String OPEN = "[〔\\[［(（【{]";

	private static final String CLOSE = "[〕\\]］)）】}]";

	private static final Pattern BRACKETED = Pattern
		.compile("^(.*?)" + OPEN + "\\s*((?:19|20|21)\\d{2})\\s*" + CLOSE + "\\s*第?\\s*0*(\\d{1,7})\\s*号?$");

	private static final Pattern DASHED = Pattern
		.compile("^(.*?)((?:19|20|21)\\d{2})\\s*[-－—–_]\\s*0*(\\d{1,7})\\s*号?$");

	private static final Pattern SERIAL_ONLY = Pattern.compile("^(.*?)第\\s*0*(\\d{1,7})\\s*号$");

	private DocumentNumbers() {
	}

	/**
	 * The parts of a document number; {@code decisionYear} is used when the number itself
	 * names no year. Empty for numbers in no known format.
	 */
	public static Optional<DocumentNumber> parse(String text, int decisionYear) {
		if (text == null) {
			return Optional.empty();
		}
		String value = normalize(text);
		Matcher m = BRACKETED.matcher(value);
		if (m.matches()) {
			return of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
		}
		m = DASHED.matcher(value);
		if (m.matches()) {
			return of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
		}
		m = SERIAL_ONLY.matcher(value);
		if (m.matches()) {
			return of(m.group(1), decisionYear, m.group(2));
		}
		return Optional.empty();
	}

	/**
	 * A key under which the same number written with other brackets or spacing matches:
	 * [2024]123号 and 〔2024〕123号 are one decision.
	 */
	public static String key(String text) {
		String value = normalize(text);
		return value.replaceAll(OPEN, "[").replaceAll(CLOSE, "]").replaceAll("\\s+", "");
	}

	private static String normalize(String text) {
		// full-width digits and letters become ASCII; the brackets are matched as they
		// come
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	private static Optional<DocumentNumber> of(String agency, int year, String serial) {
		int number = Integer.parseInt(serial);
		if (number < 1 || year < 1949 || year > 2200) {
			return Optional.empty();
		}
		return Optional.of(new DocumentNumber(agency.replaceAll("\\s+", ""), year, number));
	}

}
