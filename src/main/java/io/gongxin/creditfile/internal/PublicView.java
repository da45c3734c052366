package io.gongxin.creditfile.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.ItemField;
import io.gongxin.creditfile.PublicItem;
import io.gongxin.identifier.CitizenId;
import io.gongxin.platform.DomainException;

/**
 * What the public sees of an item: the certificate numbers of persons are left out, and a
 * citizen id or mobile number that slipped into free text is masked.
 */
public final class PublicView {

	private static final Pattern CITIZEN_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");

	private PublicView() {
	}

	public static PublicItem of(CreditFileItem item) {
		List<ItemField> fields = item.fields()
			.stream()
			.filter(field -> !personal(field.code()))
			.map(field -> new ItemField(field.code(), field.name(), mask(field.value())))
			.toList();
		return new PublicItem(item.recordId(), item.subjectId(), mask(item.subjectName()), item.categoryCode(),
				item.categoryName(), item.providerCode(), mask(item.documentNumber()), item.decisionDate(),
				mask(item.authority()), mask(item.summary()), item.publicity().until(), fields);
	}

	/** 证件类型 / 证件号码 of the subject or its representative: personal data. */
	static boolean personal(String code) {
		return code.endsWith("_ZJHM") || code.endsWith("_ZJLX");
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
