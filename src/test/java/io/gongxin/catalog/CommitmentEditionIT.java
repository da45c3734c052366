package io.gongxin.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.ItemField;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.Penalties;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The edition of December 2026 on the real application: in force today, 违背信用承诺信息 is filed
 * and published by its severity tier, and a 信用承诺 with a 承诺书编号 is superseded by a later
 * row with the same number.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitmentEditionIT {

	/** The department the other intake tests file as (广州市市场监督管理局). */
	static final String PROVIDER = "GZ-SCJGJ";

	static final String ENTERPRISE = "广州市示例科技有限公司";

	static final String USCC = CheckCharacters.uscc("91440101MA5ALWFF");

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	@Autowired
	Subjects subjects;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	Catalogs catalogs;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeAll
	void registerTheDepartment() {
		this.today = LocalDate.now(this.clock);
		SystemActor.runAs("test", () -> this.providers
			.register(new Provider(PROVIDER, "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0)));
	}

	@Test
	void theCommitmentEditionIsInForceFromTheFirstOfDecember() {
		CatalogVersion december = this.catalogs.versionInForce(LocalDate.of(2026, 12, 1));
		assertThat(december.label()).isEqualTo("CN-2024-GD-2026-12");
		assertThat(this.catalogs.versionInForce(LocalDate.of(2026, 11, 30)).label()).isEqualTo("CN-2024-GD-2026");
		assertThat(this.catalogs.category(december.id(), "WBCN").nature()).isEqualTo(Nature.NEGATIVE);
		assertThat(this.catalogs.field(december.id(), "XYCN", "承诺书编号")).map(FieldDefinition::role)
			.contains(FieldRole.DOCUMENT_NUMBER);
	}

	@Test
	void aBrokenCommitmentWithoutASeverityIsPublishedAsGeneralForAYear() {
		BatchReceipt receipt = file("WBCN", brokenCommitment("穗市监承诺〔2026〕101号", ""));
		assertThat(receipt.accepted()).as(rejections(receipt)).isEqualTo(1);

		CreditFileItem item = awaitItem("WBCN", "穗市监承诺〔2026〕101号", CreditRecord.Status.ACTIVE);
		assertThat(item.nature()).isEqualTo(Nature.NEGATIVE);
		assertThat(item.categoryName()).isEqualTo("违背信用承诺信息");
		assertThat(item.catalogVersion()).isEqualTo(this.catalogs.versionInForceToday().id().value());
		assertThat(item.decisionDate()).isEqualTo(this.today);
		assertThat(item.authority()).isEqualTo("广州市市场监督管理局");
		assertThat(item.summary()).isEqualTo("经核查，该企业实际经营场所与承诺内容不符，且未在核查期限内整改");
		assertThat(item.publicity().status()).isEqualTo(PublicityStatus.PUBLISHED);
		assertThat(item.publicity().tier()).isEqualTo(SeverityTier.GENERAL);
		assertThat(item.publicity().until()).isEqualTo(this.today.plusMonths(12).minusDays(1));
		assertThat(item.publicity().repairableFrom()).isEqualTo(this.today.plusMonths(3));
	}

	@Test
	void aSeriousBrokenCommitmentIsPublishedForThreeYears() {
		BatchReceipt receipt = file("WBCN", brokenCommitment("穗市监承诺〔2026〕102号", "严重"));
		assertThat(receipt.accepted()).as(rejections(receipt)).isEqualTo(1);

		CreditFileItem item = awaitItem("WBCN", "穗市监承诺〔2026〕102号", CreditRecord.Status.ACTIVE);
		assertThat(item.publicity().tier()).isEqualTo(SeverityTier.SERIOUS);
		assertThat(item.publicity().tierRule()).contains("WB_SXCD");
		assertThat(item.publicity().status()).isEqualTo(PublicityStatus.PUBLISHED);
		assertThat(item.publicity().until()).isEqualTo(this.today.plusMonths(36).minusDays(1));
		assertThat(item.publicity().repairableFrom()).isEqualTo(this.today.plusMonths(12));
	}

	@Test
	void aCommitmentIsSupersededByTheNextRowWithTheSameLetterNumber() {
		String letter = "穗市监告知承诺〔2026〕0088号";
		BatchReceipt first = file("XYCN", commitment(letter, "履约中"));
		assertThat(first.accepted()).as(rejections(first)).isEqualTo(1);
		CreditFileItem pending = awaitItem("XYCN", letter, CreditRecord.Status.ACTIVE);
		assertThat(field(pending, "CN_LXQK")).contains("履约中");

		BatchReceipt second = file("XYCN", commitment(letter, "已履约"));
		assertThat(second.accepted()).as(rejections(second)).isEqualTo(1);
		assertThat(second.superseding()).isEqualTo(1);

		CreditFileItem kept = await().atMost(Duration.ofSeconds(20))
			.until(() -> this.creditFiles.item(pending.recordId()),
					item -> item.isPresent() && item.get().recordStatus() == CreditRecord.Status.SUPERSEDED)
			.orElseThrow();
		assertThat(kept.publicity().status()).isEqualTo(PublicityStatus.SUPERSEDED);
		CreditFileItem fulfilled = awaitItem("XYCN", letter, CreditRecord.Status.ACTIVE);
		assertThat(fulfilled.recordId()).isNotEqualTo(pending.recordId());
		assertThat(fulfilled.nature()).isEqualTo(Nature.NEUTRAL);
		assertThat(fulfilled.publicity().status()).isEqualTo(PublicityStatus.PUBLISHED);
		assertThat(fulfilled.summary()).isEqualTo("承诺具备与申请经营项目相适应的经营场所和设施");
		assertThat(field(fulfilled, "CN_LXQK")).contains("已履约");
		assertThat(field(fulfilled, "CN_HCRQ")).contains(this.today.toString());
	}

	private BatchReceipt file(String category, Map<String, String> row) {
		return SystemActor.callAs("test",
				() -> this.ingestion.submitRows(PROVIDER, category, List.of(row), Channel.API));
	}

	private Map<String, String> brokenCommitment(String letter, String severity) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("WB_ZTMC", ENTERPRISE);
		row.put("WB_ZTLB", "法人及非法人组织");
		row.put("WB_SHXYM", USCC);
		row.put("WB_CNBH", letter);
		row.put("WB_CNLX", "告知承诺");
		row.put("WB_CNSX", "申请食品经营许可时承诺具备与经营项目相适应的经营场所");
		row.put("WB_CNRQ", this.today.minusMonths(3).toString());
		row.put("WB_WNQX", "经核查，该企业实际经营场所与承诺内容不符，且未在核查期限内整改");
		row.put("WB_SXCD", severity);
		row.put("WB_ZJ", "现场核查笔录（穗市监核〔2026〕17号）");
		row.put("WB_RDDW", "广州市市场监督管理局");
		row.put("WB_RDRQ", this.today.toString());
		return row;
	}

	private Map<String, String> commitment(String letter, String fulfilment) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("CN_ZTMC", ENTERPRISE);
		row.put("CN_ZTLB", "法人及非法人组织");
		row.put("CN_SHXYM", USCC);
		row.put("CN_BH", letter);
		row.put("CN_LX", "告知承诺");
		row.put("CN_SX", "承诺具备与申请经营项目相适应的经营场所和设施");
		row.put("CN_RQ", this.today.toString());
		row.put("CN_SLJG", "广州市市场监督管理局");
		row.put("CN_HCQX", this.today.plusMonths(6).toString());
		row.put("CN_HCRQ", fulfilment.equals("已履约") ? this.today.toString() : "");
		row.put("CN_LXQK", fulfilment);
		return row;
	}

	/** The item of the subject's file with the number and state, once projected. */
	private CreditFileItem awaitItem(String category, String documentNumber, CreditRecord.Status status) {
		SubjectId subject = await().atMost(Duration.ofSeconds(20))
			.until(() -> this.subjects.findByKey(SubjectKey.uscc(USCC)), Optional::isPresent)
			.orElseThrow()
			.id();
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> this.creditFiles.fileOf(subject)
				.stream()
				.filter(item -> item.categoryCode().equals(category) && item.documentNumber().equals(documentNumber)
						&& item.recordStatus() == status)
				.findFirst(), Optional::isPresent)
			.orElseThrow();
	}

	private String rejections(BatchReceipt receipt) {
		return receipt + " " + this.ingestion.rejections(receipt.batchId(), 0, 10);
	}

	private static Optional<String> field(CreditFileItem item, String code) {
		return item.fields().stream().filter(f -> f.code().equals(code)).map(ItemField::value).findFirst();
	}

}
