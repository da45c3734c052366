package io.gongxin.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The one reading of a date value, for validation, intake and every projection alike.
 * Accepted spellings, as providers' systems and spreadsheets write them:
 * {@code 2026-12-31}, {@code 2026/12/31}, {@code 2026.12.31}, with one- or two-digit
 * month and day ({@code 2026/1/5}), {@code 20261231}, {@code 2026年12月31日}, each
 * optionally followed by a midnight time ({@code 2026-12-31 00:00:00},
 * {@code 2026-12-31T00:00}) as exports of date-time columns add. Impossible dates
 * (2026-02-30) are not dates.
 */
public final class DateSpellings {

	/** How people are told what is accepted. */
	public static final String ACCEPTED = "yyyy-MM-dd、yyyy/MM/dd、yyyy.MM.dd、yyyyMMdd或yyyy年M月d日";

	private DateSpellings() {
	}

	/** The date a value spells, or {@code null} when it spells none. */
	public static LocalDate parse(String value) {
		if (value == null) {
			return null;
		}
		String text = withoutMidnight(value.strip());
		int n = text.length();
		if (n < 8 || n > 11) {
			return null;
		}
		if (n == 8 && allDigits(text, 0, 8)) {
			return of(number(text, 0, 4), number(text, 4, 6), number(text, 6, 8));
		}
		if (!allDigits(text, 0, 4)) {
			return null;
		}
		int year = number(text, 0, 4);
		char separator = text.charAt(4);
		boolean chinese = separator == '年';
		if (!chinese && separator != '-' && separator != '/' && separator != '.') {
			return null;
		}
		int monthEnd = 5;
		while (monthEnd < n && isDigit(text.charAt(monthEnd))) {
			monthEnd++;
		}
		if (monthEnd == 5 || monthEnd - 5 > 2 || monthEnd >= n) {
			return null;
		}
		char second = text.charAt(monthEnd);
		if (chinese ? second != '月' : second != separator) {
			return null;
		}
		int dayStart = monthEnd + 1;
		int dayEnd = dayStart;
		while (dayEnd < n && isDigit(text.charAt(dayEnd))) {
			dayEnd++;
		}
		if (dayEnd == dayStart || dayEnd - dayStart > 2) {
			return null;
		}
		if (chinese ? !(dayEnd == n - 1 && text.charAt(dayEnd) == '日') : dayEnd != n) {
			return null;
		}
		return of(year, number(text, 5, monthEnd), number(text, dayStart, dayEnd));
	}

	/** A date's one stored spelling (ISO), or the value unchanged when it spells none. */
	public static String normalise(String value) {
		LocalDate date = parse(value);
		return (date != null) ? date.toString() : value;
	}

	private static String withoutMidnight(String text) {
		int cut = Math.max(text.indexOf(' '), text.indexOf('T'));
		if (cut < 8) {
			return text;
		}
		String time = text.substring(cut + 1).strip();
		return (time.equals("00:00") || time.equals("00:00:00") || time.equals("00:00:00.0")
				|| time.equals("00:00:00.000")) ? text.substring(0, cut).strip() : text;
	}

	private static LocalDate of(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean allDigits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int number(String text, int from, int to) {
		return Integer.parseInt(text, from, to, 10);
	}

}
