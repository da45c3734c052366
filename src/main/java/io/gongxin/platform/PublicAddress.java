package io.gongxin.platform;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address under which the public reaches the platform, for links that leave it: a
 * report's verification link and QR code, links in notices. Set it
 * ({@code GONGXIN_PUBLIC_BASE_URL}); until then each link uses the address its request
 * came in on (forwarded headers of a proxy in front honoured), so that the two-command
 * demo works, and the platform says at start-up and on the officers' pages that it is not
 * set.
 */
@Component
public class PublicAddress {

	private final String configured;

	private final Environment environment;

	PublicAddress(@Value("${gongxin.public-base-url:}") String configured, Environment environment) {
		this.configured = normalise(configured);
		this.environment = environment;
	}

	/** Whether an operator set the public address. */
	public boolean isConfigured() {
		return this.configured != null;
	}

	public Optional<String> configured() {
		return Optional.ofNullable(this.configured);
	}

	/**
	 * The base address without a trailing slash, e.g.
	 * {@code https://credit.example.gov.cn}.
	 */
	public String base() {
		if (this.configured != null) {
			return this.configured;
		}
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
			return strip(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		}
		// outside a request (a scheduled job) and not configured: this machine's own name
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://" + hostName() + (port.equals("80") ? "" : ":" + port);
	}

	/** An absolute link to a path of the platform, e.g. {@code /verify/…}. */
	public String link(String path) {
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

	static String normalise(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String url = strip(value.strip());
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(value);
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
				|| uri.getFragment() != null) {
			throw invalid(value);
		}
		return url;
	}

	private static IllegalStateException invalid(String value) {
		return new IllegalStateException("GONGXIN_PUBLIC_BASE_URL must be an absolute http(s) address without query, "
				+ "such as https://credit.example.gov.cn, but is: " + value);
	}

	private static String strip(String url) {
		String result = url;
		while (result.endsWith("/")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getCanonicalHostName();
		}
		catch (UnknownHostException ex) {
			return InetAddress.getLoopbackAddress().getHostName();
		}
	}

}
