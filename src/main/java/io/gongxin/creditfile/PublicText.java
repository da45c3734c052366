package io.gongxin.creditfile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.identifier.CitizenId;
import io.gongxin.platform.DomainException;

/**
 * Masks personal identifiers in text meant for the public: a valid 18-character citizen
 * id keeps its division and last 4 characters, a mobile number its first 3 and last 4
 * digits. Organisation codes are left alone.
 */
public final class PublicText {

	private static final Pattern CITIZEN_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");

	private PublicText() {
	}

	public static String mask(String text) {
		if (text == null) {
			return null;
		}
		Matcher ids = CITIZEN_ID.matcher(text);
		StringBuilder out = new StringBuilder();
		while (ids.find()) {
			String token = ids.group().toUpperCase();
			ids.appendReplacement(out,
					Matcher.quoteReplacement(looksLikeCitizenId(token) ? CitizenId.mask(token) : token));
		}
		ids.appendTail(out);
		Matcher phones = MOBILE.matcher(out.toString());
		StringBuilder result = new StringBuilder();
		while (phones.find()) {
			String phone = phones.group();
			phones.appendReplacement(result, phone.substring(0, 3) + "****" + phone.substring(7));
		}
		phones.appendTail(result);
		return result.toString();
	}

	private static boolean looksLikeCitizenId(String token) {
		try {
			new CitizenId(token);
			return true;
		}
		catch (DomainException ex) {
			return false;
		}
	}

}
