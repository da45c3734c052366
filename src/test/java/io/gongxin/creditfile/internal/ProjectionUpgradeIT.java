package io.gongxin.creditfile.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.creditfile.Filing;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A platform upgraded from a version that read records differently has items projected
 * under the old rules (a warning filed as 警告 taken for 一般 and published): the next start
 * rebuilds them under the current rules, once.
 */
@GongxinIntegrationTest
class ProjectionUpgradeIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	Subjects subjects;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProjectionUpgrade schedule;

	@Autowired
	io.gongxin.creditfile.CreditFiles creditFiles;

	@Test
	void itemsProjectedUnderOlderRulesAreRebuiltOnStartAndOnlyOnce() throws Exception {
		Filing filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		String uscc = CheckCharacters.uscc("91440101MA5UPG01");
		filing.penalties(List.of(aPenalty().against("广州升级重建测试有限公司", uscc)
			.document("穗市监罚〔2026〕6001号")
			.with("CF_CFLB", "警告")
			.with("CF_JDRQ", "2026/6/1")
			.with("CF_YXQ", "2027/6/1")
			.row()));
		long id = this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id().value();
		filing.await("/api/public/credit-files/" + id, null, body -> body.contains("广州升级重建测试有限公司"));
		String status = "SELECT status FROM creditfile_item WHERE document_number = '穗市监罚〔2026〕6001号'";
		assertThat(this.jdbc.queryForObject(status, String.class)).isEqualTo("NOT_PUBLISHED");

		// what the platform before issue 13 stored: the label not understood, the warning
		// published as 一般
		this.jdbc.update("UPDATE creditfile_item SET tier = 'GENERAL', status = 'PUBLISHED' "
				+ "WHERE document_number = '穗市监罚〔2026〕6001号'");
		this.jdbc.update("UPDATE creditfile_projection_state SET projection_version = 1, rebuilt_at = NULL");

		this.schedule.fillIfEmptyOrOutdated();
		assertThat(this.jdbc.queryForObject(status, String.class)).isEqualTo("NOT_PUBLISHED");
		assertThat(
				this.jdbc.queryForObject("SELECT projection_version FROM creditfile_projection_state", Integer.class))
			.isEqualTo(CreditFileProjection.RULES_VERSION);

		// a second start finds the items current and leaves them alone
		this.jdbc.update("UPDATE creditfile_item SET summary = 'marker' WHERE document_number = '穗市监罚〔2026〕6001号'");
		this.schedule.fillIfEmptyOrOutdated();
		assertThat(this.jdbc.queryForObject(
				"SELECT summary FROM creditfile_item WHERE document_number = '穗市监罚〔2026〕6001号'", String.class))
			.isEqualTo("marker");

		// fields stored before they carried their personal mark are still read
		this.jdbc.update("UPDATE creditfile_item SET fields = (SELECT jsonb_agg(f - 'personal') "
				+ "FROM jsonb_array_elements(fields) f) WHERE document_number = '穗市监罚〔2026〕6001号'");
		assertThat(this.creditFiles.fileOf(new io.gongxin.subject.SubjectId(id))).singleElement()
			.satisfies(item -> assertThat(item.fields()).isNotEmpty()
				.noneMatch(io.gongxin.creditfile.ItemField::personal));
	}

}
