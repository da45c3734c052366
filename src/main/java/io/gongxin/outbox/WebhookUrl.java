package io.gongxin.outbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * What a webhook target must be: an absolute http or https address (GX-OUT-002
 * otherwise).
 */
public final class WebhookUrl {

	private WebhookUrl() {
	}

	public static URI parse(String url) {
		try {
			return check(new URI((url == null) ? "" : url.strip()));
		}
		catch (URISyntaxException ex) {
			throw invalid(url);
		}
	}

	public static URI check(URI url) {
		String scheme = (url.getScheme() == null) ? "" : url.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
			throw invalid(String.valueOf(url));
		}
		return url;
	}

	private static DomainException invalid(String url) {
		return new DomainException("GX-OUT-002", ProblemKind.BAD_REQUEST,
				"A webhook URL must be an absolute http or https address.", Map.of("url", String.valueOf(url)));
	}

}
