package io.gongxin.creditfile.internal;

import java.util.List;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.ItemField;
import io.gongxin.creditfile.PublicItem;
import io.gongxin.creditfile.PublicText;

/**
 * What the public sees of an item: fields the catalog marks as personal data are left
 * out, and a citizen id or mobile number that slipped into free text is masked.
 */
public final class PublicView {

	private PublicView() {
	}

	public static PublicItem of(CreditFileItem item) {
		List<ItemField> fields = item.fields()
			.stream()
			.filter(field -> !field.personal())
			.map(field -> new ItemField(field.code(), field.name(), mask(field.value()), false))
			.toList();
		return new PublicItem(item.recordId(), item.subjectId(), mask(item.subjectName()), item.categoryCode(),
				item.categoryName(), item.providerCode(), mask(item.documentNumber()), item.decisionDate(),
				mask(item.authority()), mask(item.summary()), item.publicity().until(), fields, item.underObjection());
	}

	static String mask(String text) {
		return PublicText.mask(text);
	}

}
