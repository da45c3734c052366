package io.gongxin.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may read, edit and publish the catalog, tried both ways for every endpoint. */
@GongxinIntegrationTest
class CatalogAccessIT {

	private static final String KEY = "X-API-Key";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogs catalogs;

	@Autowired
	Clock clock;

	String officer;

	String reviewer;

	String admin;

	String provider;

	String bank;

	long current;

	@BeforeEach
	void keys() {
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.reviewer = ApiKeys.issue(this.accounts, Role.REVIEWER, null);
		this.admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.provider = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-SCJGJ");
		this.bank = ApiKeys.issue(this.accounts, Role.BANK, "BANK-1");
		this.current = this.catalogs.versionInForceToday().id().value();
	}

	@Test
	void creditOfficeStaffReadVersionsAndDiffsOthersAreRefused() throws Exception {
		for (String path : new String[] { "/api/catalog/versions", "/api/catalog/versions/" + this.current,
				"/api/catalog/versions/" + this.current + "/categories/XZCF", "/api/catalog/in-force",
				"/api/catalog/diff?from=1&to=" + this.current, "/catalog", "/catalog/" + this.current,
				"/catalog/diff?from=1&to=" + this.current }) {
			for (String key : new String[] { this.officer, this.reviewer, this.admin }) {
				this.mvc.perform(get(path).header(KEY, key)).andExpect(status().isOk());
			}
			for (String key : new String[] { this.provider, this.bank }) {
				this.mvc.perform(get(path).header(KEY, key)).andExpect(status().isForbidden());
			}
		}
	}

	@Test
	void anonymousCallersAreAskedToAuthenticate() throws Exception {
		this.mvc.perform(get("/api/catalog/versions"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("GX-SEC-001"));
		// A browser-less POST without a key fails the CSRF check before authentication;
		// either
		// way nothing is created.
		this.mvc.perform(post("/api/catalog/drafts").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().is4xxClientError());
		this.mvc
			.perform(post("/api/catalog/drafts/1/publication").contentType(MediaType.APPLICATION_JSON)
				.content("{\"effectiveFrom\":\"2030-01-01\"}"))
			.andExpect(status().is4xxClientError());
		this.mvc.perform(get("/catalog")).andExpect(status().is3xxRedirection());
	}

	@Test
	void everyoneReadsThePublicCatalog() throws Exception {
		this.mvc.perform(get("/api/public/catalog")).andExpect(status().isOk());
		this.mvc.perform(get("/api/public/catalog/categories/XZXK")).andExpect(status().isOk());
		this.mvc.perform(get("/api/public/catalog/exclusions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].code").value("MINOR_MISCONDUCT"));
		this.mvc.perform(get("/api/public/catalog").header(KEY, this.provider)).andExpect(status().isOk());
	}

	@Test
	void officersAndAdministratorsEditDraftsReviewersAndProvidersMayNot() throws Exception {
		for (String key : new String[] { this.reviewer, this.provider, this.bank }) {
			this.mvc.perform(propose(key, "REFUSED")).andExpect(status().isForbidden());
		}
		long byOfficer = propose(this.officer);
		long byAdmin = propose(this.admin);
		assertThat(byAdmin).isNotEqualTo(byOfficer);
		String codeList = "{\"code\":\"TEST\",\"name\":\"测试\",\"entries\":[{\"code\":\"1\",\"label\":\"是\"}]}";
		for (String key : new String[] { this.reviewer, this.provider }) {
			this.mvc.perform(putCodeList(key, byOfficer, codeList)).andExpect(status().isForbidden());
			this.mvc.perform(delete("/api/catalog/drafts/{id}/categories/ZYTG", byOfficer).header(KEY, key))
				.andExpect(status().isForbidden());
			this.mvc.perform(delete("/api/catalog/drafts/{id}/code-lists/TEST", byOfficer).header(KEY, key))
				.andExpect(status().isForbidden());
			this.mvc.perform(delete("/api/catalog/drafts/{id}", byOfficer).header(KEY, key))
				.andExpect(status().isForbidden());
			this.mvc.perform(delete("/api/catalog/drafts/{id}/categories/XZCF/fields/BZ", byOfficer).header(KEY, key))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(put("/api/catalog/drafts/{id}/categories/XZCF/fields/BZ", byOfficer).header(KEY, key)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(put("/api/catalog/drafts/{id}/categories/ZYTG", byOfficer).header(KEY, key)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(putCodeList(this.officer, byOfficer, codeList)).andExpect(status().isOk());
		this.mvc
			.perform(delete("/api/catalog/drafts/{id}/categories/XZCF/fields/BZ", byOfficer).header(KEY, this.officer))
			.andExpect(status().isOk());
		this.mvc.perform(put("/api/catalog/drafts/{id}/categories/XZCF/fields/BZ", byOfficer).header(KEY, this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"code\":\"BZ\",\"name\":\"备注\",\"type\":\"TEXT\",\"requirement\":\"OPTIONAL\",\"maxLength\":512}"))
			.andExpect(status().isOk());
		this.mvc.perform(putCodeList(this.admin, byOfficer, codeList)).andExpect(status().isOk());
		this.mvc.perform(delete("/api/catalog/drafts/{id}/code-lists/TEST", byOfficer).header(KEY, this.admin))
			.andExpect(status().isNoContent());
		this.mvc.perform(delete("/api/catalog/drafts/{id}", byAdmin).header(KEY, this.officer))
			.andExpect(status().isNoContent());
	}

	@Test
	void onlyAnAdministratorPublishes() throws Exception {
		long draft = propose(this.officer);
		String body = "{\"effectiveFrom\":\"" + LocalDate.now(this.clock).plusDays(10) + "\"}";
		for (String key : new String[] { this.officer, this.reviewer, this.provider, this.bank }) {
			this.mvc
				.perform(post("/api/catalog/drafts/{id}/publication", draft).header(KEY, key)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("GX-SEC-002"));
		}
		this.mvc
			.perform(post("/api/catalog/drafts/{id}/publication", draft).header(KEY, this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/catalog/drafts/{id}/publication", draft).header(KEY, this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-CAT-003"));
	}

	private long propose(String key) throws Exception {
		String body = this.mvc.perform(propose(key, "T" + System.nanoTime()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(body);
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	private static MockHttpServletRequestBuilder propose(String key, String label) {
		return post("/api/catalog/drafts").header(KEY, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"label\":\"" + label + "\",\"title\":\"测试草案\"}");
	}

	private static MockHttpServletRequestBuilder putCodeList(String key, long draft, String body) {
		return put("/api/catalog/drafts/{id}/code-lists/TEST", draft).header(KEY, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
