package io.gongxin.subject;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

/**
 * The searchable forms of a subject's name. Registered names differ from what people type
 * in width (ＡＢＣ/ABC), brackets （）/(), spaces, traditional characters and script (拼音), so
 * all of them are folded the same way for the name and for the query.
 */
public final class SubjectName {

	private SubjectName() {
	}

	/**
	 * Folds full-width to half-width (NFKC), traditional to simplified, Chinese brackets
	 * to ASCII ones, ASCII to lower case, and drops white space and separators.
	 */
	public static String normalize(String name) {
		if (name == null) {
			return "";
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
		if (containsHan(folded)) {
			folded = HanLP.convertToSimplifiedChinese(folded);
		}
		StringBuilder out = new StringBuilder(folded.length());
		folded.codePoints().forEach(cp -> {
			switch (cp) {
				case '（', '〔', '【', '[', '{' -> out.append('(');
				case '）', '〕', '】', ']', '}' -> out.append(')');
				case '·', '•', '・', '-', '_', '—', '－' -> {
					// dropped: the separator of foreign names and dashes vary between
					// sources
				}
				default -> {
					if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)) {
						out.appendCodePoint(Character.toLowerCase(cp));
					}
				}
			}
		});
		return out.toString();
	}

	/**
	 * Every pair of adjacent characters of the normalised name (code points, not chars).
	 */
	public static List<String> bigrams(String normalized) {
		int[] cps = normalized.codePoints().toArray();
		Set<String> grams = new LinkedHashSet<>();
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.add(new String(cps, i, 2));
		}
		return new ArrayList<>(grams);
	}

	/**
	 * Toneless pinyin without spaces, e.g. 张三丰 → {@code zhangsanfeng}; ASCII letters and
	 * digits kept.
	 */
	public static String pinyin(String normalized) {
		return spell(normalized, false);
	}

	/** Pinyin initials, e.g. 张三丰 → {@code zsf}. */
	public static String initials(String normalized) {
		return spell(normalized, true);
	}

	/**
	 * The derived columns substring and pinyin search read, all from the normalised name:
	 * the one place that decides what they hold, whichever path writes them.
	 */
	public record SearchColumns(String search, List<String> bigrams, String pinyin, String initials) {

		public static SearchColumns of(String normalized) {
			return new SearchColumns(normalized, SubjectName.bigrams(normalized), SubjectName.pinyin(normalized),
					SubjectName.initials(normalized));
		}

	}

	/** Whether a query looks like pinyin or initials rather than characters. */
	public static boolean isLatinQuery(String normalizedQuery) {
		if (normalizedQuery.isEmpty()) {
			return false;
		}
		for (int i = 0; i < normalizedQuery.length(); i++) {
			char c = normalizedQuery.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	private static String spell(String normalized, boolean initialsOnly) {
		if (normalized.isEmpty()) {
			return "";
		}
		List<Pinyin> syllables = HanLP.convertToPinyinList(normalized);
		StringBuilder out = new StringBuilder(normalized.length() * 4);
		for (int i = 0; i < normalized.length() && i < syllables.size(); i++) {
			char c = normalized.charAt(i);
			Pinyin syllable = syllables.get(i);
			if (syllable == Pinyin.none5 || !isHan(c)) {
				if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
					out.append(c);
				}
				continue;
			}
			String toneless = syllable.getPinyinWithoutTone().replace('ü', 'v').toLowerCase(Locale.ROOT);
			out.append(initialsOnly ? toneless.substring(0, 1) : toneless);
		}
		return out.toString();
	}

	private static boolean containsHan(String text) {
		return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}

	private static boolean isHan(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
	}

}
