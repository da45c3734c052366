package io.gongxin.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal cookie-keeping HTTP client that behaves like a person's browser against the
 * running app: it fetches pages, keeps the session cookie and submits forms with their
 * CSRF token.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.client.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> page(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	/**
	 * Fetches the login form and submits it; returns the response to the POST (a
	 * redirect).
	 */
	public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		String form = page("/login").body();
		Matcher token = CSRF.matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("login form has no CSRF token");
		}
		String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Fetches the page that holds the form and submits the fields with the page's CSRF
	 * token, as the browser would; returns the raw response (a PDF, a page, a redirect).
	 * @param fields name and value pairs; a name may repeat (checkboxes)
	 */
	public HttpResponse<byte[]> submit(String formPage, String action, String... fields)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(page(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException(formPage + " has no CSRF token");
		}
		StringBuilder body = new StringBuilder("_csrf=").append(encode(token.group(1)));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/pdf, text/html")
			// as a browser sends it from a page of the same site (the referrer policy is
			// same-origin): a form whose values cannot be read goes back to that page
			.header("Referer", this.base + formPage)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Posts a form as read from its page ({@link HtmlForm}, which carries the page's CSRF
	 * token); returns the response as text (a redirect or the page shown again).
	 */
	public HttpResponse<String> post(HtmlForm form) throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, String> field : form.fields()) {
			body.append((body.length() > 0) ? "&" : "")
				.append(encode(field.getKey()))
				.append('=')
				.append(encode(field.getValue()));
		}
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + form.action()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Sends a POST with the session cookie but without any CSRF token, as a forged
	 * cross-site form or a page left open past its session would.
	 */
	public HttpResponse<String> postWithoutToken(String path, String accept, String contentType, String body)
			throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", contentType)
			.header("Accept", accept)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
