package io.gongxin.ingest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A department files its own decisions and those of its subordinate units, not another
 * authority's: the credit office declares its units and chooses whether a row outside
 * them is refused or accepted with a warning.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderJurisdictionIT {

	static final String TRANSPORT = "GZ-JTJ";

	static final String TRANSPORT_USCC = CheckCharacters.uscc("11440100MB2J5307");

	/** 广州市交通运输局执法支队, a subordinate unit declared by the credit office. */
	static final String ENFORCEMENT_USCC = CheckCharacters.uscc("12440100MB2J6218");

	static final String WATER = "GZ-SWJU";

	static final String WATER_USCC = CheckCharacters.uscc("11440100MB2W3391");

	/** 广州市城市管理和综合执法局: another authority altogether. */
	static final String CITY_MANAGEMENT_USCC = CheckCharacters.uscc("11440100MB2C4470");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	JsonMapper json;

	String transportClerk;

	String waterClerk;

	String officer;

	@BeforeAll
	void setUp() throws Exception {
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider(TRANSPORT, "广州市交通运输局", TRANSPORT_USCC, "440100", true, 0));
			this.providers.register(new Provider(WATER, "广州市水务局", WATER_USCC, "440100", true, 0));
		});
		this.transportClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, TRANSPORT);
		this.waterClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, WATER);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.mvc
			.perform(put("/api/providers/" + TRANSPORT + "/jurisdiction").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"outside":"REFUSE","units":[{"uscc":"%s","name":"广州市交通运输局"},
						 {"uscc":"%s","name":"广州市交通运输局执法支队"}]}
						""".formatted(TRANSPORT_USCC, ENFORCEMENT_USCC)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units.length()").value(2))
			.andExpect(jsonPath("$.outsideLabel").value("拒收"));
		this.mvc
			.perform(put("/api/providers/" + WATER + "/jurisdiction").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"outside":"WARN","units":[{"uscc":"%s","name":"广州市水务局"}]}
						""".formatted(WATER_USCC)))
			.andExpect(status().isOk());
	}

	@Test
	void aRegisteredDepartmentFilesItsOwnDecisionsFromTheStart() throws Exception {
		JsonNode jurisdiction = getJson("/api/providers/" + WATER + "/jurisdiction", this.waterClerk);
		assertThat(jurisdiction.get("units").get(0).get("uscc").asText()).isEqualTo(WATER_USCC);
		assertThat(jurisdiction.get("units").get(0).get("name").asText()).isEqualTo("广州市水务局");
	}

	@Test
	void decisionsOfTheDepartmentAndOfItsSubordinateUnitAreAccepted() throws Exception {
		JsonNode receipt = file(TRANSPORT, this.transportClerk,
				List.of(aPenalty().against("广州通达客运有限公司", CheckCharacters.uscc("91440101MA5JT001"))
					.by("广州市交通运输局", TRANSPORT_USCC)
					.document("穗交罚〔2026〕101号")
					.row(),
						aPenalty().against("广州顺风货运有限公司", CheckCharacters.uscc("91440101MA5JT002"))
							.by("广州市交通运输局执法支队", ENFORCEMENT_USCC)
							.with("CF_SJLY", "广州市交通运输局")
							.with("CF_SJLYDM", TRANSPORT_USCC)
							.document("穗交执罚〔2026〕102号")
							.row()));
		assertThat(receipt.get("accepted").asInt()).isEqualTo(2);
		assertThat(receipt.get("rejected").asInt()).isZero();
		assertThat(receipt.get("warnings")).isEmpty();
	}

	@Test
	void anotherAuthoritysDecisionIsRefusedWithTheReason() throws Exception {
		JsonNode receipt = file(TRANSPORT, this.transportClerk,
				List.of(aPenalty().against("广州市容保洁服务有限公司", CheckCharacters.uscc("91440101MA5JT003"))
					.with("CF_CFJG", "广州市城市管理和综合执法局")
					.with("CF_CFJGDM", CITY_MANAGEMENT_USCC)
					.with("CF_SJLY", "广州市交通运输局")
					.with("CF_SJLYDM", TRANSPORT_USCC)
					.document("穗城管罚〔2026〕103号")
					.row()));
		assertThat(receipt.get("accepted").asInt()).isZero();
		assertThat(receipt.get("rejected").asInt()).isEqualTo(1);
		JsonNode reasons = getJson("/api/ingest/batches/" + receipt.get("batchId").asText() + "/rejections",
				this.transportClerk)
			.get(0)
			.get("reasons");
		assertThat(reasons).hasSize(1);
		assertThat(reasons.get(0).get("rule").asText()).isEqualTo("AUTHORITY_OUTSIDE_JURISDICTION");
		assertThat(reasons.get(0).get("field").asText()).isEqualTo("CF_CFJGDM");
		assertThat(reasons.get(0).get("value").asText()).isEqualTo(CITY_MANAGEMENT_USCC);
		assertThat(reasons.get(0).get("message").asText()).contains("处罚机关统一社会信用代码").contains("不是广州市交通运输局或其下属单位的代码");
	}

	@Test
	void anotherSourceIsRefusedToo() throws Exception {
		JsonNode receipt = file(TRANSPORT, this.transportClerk,
				List.of(aPenalty().against("广州快捷物流有限公司", CheckCharacters.uscc("91440101MA5JT004"))
					.by("广州市交通运输局", TRANSPORT_USCC)
					.with("CF_SJLY", "广州市城市管理和综合执法局")
					.with("CF_SJLYDM", CITY_MANAGEMENT_USCC)
					.document("穗交罚〔2026〕104号")
					.row()));
		assertThat(receipt.get("rejected").asInt()).isEqualTo(1);
		JsonNode rejections = getJson("/api/ingest/batches/" + receipt.get("batchId").asText() + "/rejections",
				this.transportClerk);
		assertThat(rejections.get(0).get("reasons").get(0).get("rule").asText())
			.isEqualTo("SOURCE_OUTSIDE_JURISDICTION");
	}

	@Test
	void whereTheCreditOfficeAllowsItAnotherAuthoritysDecisionIsAcceptedWithAVisibleWarning() throws Exception {
		JsonNode receipt = file(WATER, this.waterClerk,
				List.of(aPenalty().against("广州清源排水工程有限公司", CheckCharacters.uscc("91440101MA5PW005"))
					.by("广州市水务局", WATER_USCC)
					.document("穗水罚〔2026〕105号")
					.row(),
						aPenalty().against("广州河涌保洁有限公司", CheckCharacters.uscc("91440101MA5PW006"))
							.with("CF_CFJG", "广州市城市管理和综合执法局")
							.with("CF_CFJGDM", CITY_MANAGEMENT_USCC)
							.with("CF_SJLY", "广州市水务局")
							.with("CF_SJLYDM", WATER_USCC)
							.document("穗城管罚〔2026〕106号")
							.row()));
		assertThat(receipt.get("accepted").asInt()).isEqualTo(2);
		assertThat(receipt.get("rejected").asInt()).isZero();
		assertThat(receipt.get("warnings").toString()).contains("1行的决定机关或数据来源单位不在本单位的管辖范围内")
			.contains("第2行")
			.contains("AUTHORITY_OUTSIDE_JURISDICTION")
			.doesNotContain("第1行");
		// the clerk reads the same warnings on the batch's receipt later
		JsonNode stored = getJson("/api/ingest/batches/" + receipt.get("batchId").asText(), this.waterClerk);
		assertThat(stored.get("warnings").toString()).contains("第2行");
	}

	@Test
	void aBlankCodeIsLeftToTheFieldRules() throws Exception {
		JsonNode receipt = file(TRANSPORT, this.transportClerk,
				List.of(aPenalty().against("广州畅行汽车租赁有限公司", CheckCharacters.uscc("91440101MA5JT007"))
					.by("广州市交通运输局", TRANSPORT_USCC)
					.with("CF_SJLYDM", "")
					.document("穗交罚〔2026〕107号")
					.row()));
		JsonNode rejections = getJson("/api/ingest/batches/" + receipt.get("batchId").asText() + "/rejections",
				this.transportClerk);
		// the national catalog makes the code mandatory; the jurisdiction does not add to
		// that
		assertThat(rejections.get(0).get("reasons").toString()).contains("MISSING_MANDATORY")
			.doesNotContain("OUTSIDE_JURISDICTION");
	}

	@Test
	void onlyTheCreditOfficeChangesAJurisdictionAndACodeMustBeValid() throws Exception {
		this.mvc
			.perform(put("/api/providers/" + TRANSPORT + "/jurisdiction").header("X-API-Key", this.transportClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outside\":\"WARN\",\"units\":[]}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/providers/" + WATER + "/jurisdiction").header("X-API-Key", this.transportClerk))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/providers/" + TRANSPORT + "/jurisdiction").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"outside\":\"WARN\",\"units\":[{\"uscc\":\"11440100MB2J53070\"}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-ID-001"));
		assertThat(getJson("/api/providers/" + TRANSPORT + "/jurisdiction", this.officer).get("outside").asText())
			.isEqualTo("REFUSE");
	}

	private JsonNode file(String provider, String clerk, List<Map<String, String>> rows) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/ingest/providers/" + provider + "/categories/XZCF/records").header("X-API-Key", clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(rows)))
			.andExpect(status().isCreated())
			.andReturn();
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private JsonNode getJson(String path, String key) throws Exception {
		MvcResult result = this.mvc.perform(get(path).header("X-API-Key", key)).andExpect(status().isOk()).andReturn();
		return this.json.readTree(result.getResponse().getContentAsString());
	}

}
