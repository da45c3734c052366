package io.gongxin.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input the platform cannot take is refused with a 400 that says why, in the form the
 * caller reads: a problem document under /api, a Chinese page elsewhere, whether the
 * application or Tomcat itself refused it.
 */
@GongxinIntegrationTest
class RequestHygieneIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aNulInAQueryParameterIsRefusedBeforeItReachesTheDatabase() throws Exception {
		HttpResponse<String> api = get("/api/public/publications?department=a%00b", "application/json", null);
		assertProblem(api, "GX-REQ-011");
		HttpResponse<String> page = get("/portal/publications?department=a%00b", "text/html", null);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("GX-REQ-011").contains("控制字符");
	}

	@Test
	void parametersThatAreNotUtf8OrTooManyAreRefused() throws Exception {
		assertProblem(get("/api/public/subjects?q=%ED%A0%80", "application/json", null), "GX-REQ-010");
		assertProblem(get("/api/public/subjects?q=1" + "&p=1".repeat(1500), "application/json", null), "GX-REQ-010");
	}

	@Test
	void whatTomcatRefusesUnderApiIsStillAProblemDocumentInChinese() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		HttpResponse<String> api = get("/api/subjects/%00", "application/json", key);
		assertProblem(api, "GX-REQ-001");
		assertThat(api.body()).doesNotContain("Apache Tomcat");
		HttpResponse<String> page = get("/portal/subjects/%00", "text/html", null);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("未能办理").doesNotContain("Apache Tomcat");
	}

	@Test
	void aBlankIdInThePathIsABadRequestNotAServerError() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		assertProblem(get("/api/ingest/batches/%20/rejections.xlsx", "application/json", key), "GX-REQ-003");
	}

	@Test
	void aMultipartBodyWithoutItsBoundaryIsABadRequest() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		HttpResponse<String> response = post("/api/identifiers/validations", "multipart/form-data", "no boundary", key);
		assertProblem(response, "GX-REQ-012");
	}

	@Test
	void anUploadWithANulInItsFileNameIsAnsweredWholeAndAudited() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		HttpResponse<String> response = post("/api/identifiers/validations", "multipart/form-data; boundary=x",
				"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\u0000.csv\"\r\n\r\n\u0000\r\n--x",
				key);
		// before: the result streamed, then the audit entry naming the file failed and
		// the connection broke off mid-answer
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).startsWith("\uFEFF行号,输入值,代码类型,校验结果");
	}

	@Test
	void aRevocationListWithANullEntryIsABadRequest() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		HttpResponse<String> response = post("/api/ingest/providers/GZ-SCJGJ/categories/XZCF/revocations",
				"application/json", "[null]", key);
		assertProblem(response, "GX-REQ-001");
	}

	private HttpResponse<String> get(String path, String accept, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept);
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A JSON-accepting POST of the body as the caller with the key. */
	private HttpResponse<String> post(String path, String contentType, String body, String key) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-API-Key", key)
			.header("Accept", "application/json")
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertProblem(HttpResponse<String> response, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"code\":\"" + code + "\"").doesNotContain("Exception");
	}

}
