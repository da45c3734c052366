package io.gongxin.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser over real HTTP, signing in to the platform through the
 * {@link TestIdentityProvider}: the platform's redirect to the provider, the provider's
 * sign-in form, its redirect back with the authorization code, the platform's own
 * redirect to the start page. Keeps both servers' cookies and follows every redirect by
 * hand, so a test can see where the flow went.
 */
public final class IdpSignIn {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String platform;

	private final HttpClient client;

	private final List<URI> visited = new ArrayList<>();

	/**
	 * @param port the platform's port, reached on 127.0.0.1 as a loopback redirect needs
	 */
	public IdpSignIn(int port) {
		this.platform = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Starts at the platform's 统一身份认证登录 link and signs in at the provider as the given
	 * user; returns the page the flow ends on.
	 */
	public HttpResponse<String> signIn(String username) throws IOException, InterruptedException {
		HttpResponse<String> response = get(URI.create(this.platform + "/oauth2/authorization/gongxin"));
		for (int hop = 0; hop < 12; hop++) {
			if (response.statusCode() / 100 == 3) {
				String location = response.headers().firstValue("Location").orElseThrow();
				response = get(response.uri().resolve(location));
			}
			else if (!response.uri().toString().startsWith(this.platform) && response.uri().getPath().equals("/login")
					&& response.statusCode() == 200) {
				response = post(response.uri(), "username=" + encode(username) + "&password="
						+ encode(TestIdentityProvider.PASSWORD) + "&_csrf=" + encode(csrf(response.body())));
			}
			else {
				return response;
			}
		}
		throw new IllegalStateException("the sign-in did not end: " + this.visited);
	}

	/** Every address the browser was sent to, in order. */
	public List<URI> visited() {
		return List.copyOf(this.visited);
	}

	public HttpResponse<String> page(String path) throws IOException, InterruptedException {
		return get(URI.create(this.platform + path));
	}

	/**
	 * Fetches the page that holds a form and posts the fields with the page's CSRF token;
	 * returns the raw answer (a PDF, a page, a redirect).
	 */
	public HttpResponse<byte[]> submit(String formPage, String action, String... fields)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf(page(formPage).body())));
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
		}
		return this.client.send(HttpRequest.newBuilder(URI.create(this.platform + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/pdf, text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		this.visited.add(uri);
		return this.client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(URI uri, String form) throws IOException, InterruptedException {
		this.visited.add(uri);
		return this.client.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrf(String html) {
		Matcher token = CSRF.matcher(html);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return token.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
