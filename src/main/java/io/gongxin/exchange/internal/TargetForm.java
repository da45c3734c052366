package io.gongxin.exchange.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.exchange.FileFormat;
import io.gongxin.exchange.NewTarget;
import io.gongxin.exchange.TargetLevel;
import io.gongxin.outbox.WebhookUrl;
import io.gongxin.platform.DomainException;

/**
 * A reporting target as the page's form or the API sends it (the same fields register and
 * change one): addresses as text, so that a wrong one is a problem document naming it,
 * not a parse error.
 */
record TargetForm(String code, String name, TargetLevel level, String adapter, FileFormat format, String encoding,
		List<String> categories, Integer packageSize, Integer intervalMinutes, String url, String receiptUrl) {

	/** The target, under the path's code when the form changes an existing one. */
	NewTarget toTarget(String pathCode) {
		Set<String> chosen = (this.categories == null) ? Set.of() : new LinkedHashSet<>(this.categories);
		return new NewTarget((pathCode != null) ? pathCode : this.code, this.name, this.level, this.adapter,
				this.format, this.encoding, chosen, this.packageSize, this.intervalMinutes, address(this.url, "url"),
				(this.receiptUrl == null || this.receiptUrl.isBlank()) ? null : address(this.receiptUrl, "receiptUrl"));
	}

	/** The address, or the refusal naming which of the two it was. */
	private static URI address(String text, String field) {
		try {
			return WebhookUrl.parse(text);
		}
		catch (DomainException ex) {
			Map<String, Object> details = new HashMap<>(ex.details());
			details.put("field", field);
			throw new DomainException(ex.code(), ex.kind(), ex.getMessage(), details);
		}
	}

}
