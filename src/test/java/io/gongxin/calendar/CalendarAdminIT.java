package io.gongxin.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinIntegrationTest
class CalendarAdminIT {

	private static final String NOTICE_2027 = """
			{"year": 2027, "papers": ["https://example.gov.cn/2027"],
			 "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true},
			          {"name": "春节", "date": "2027-02-06", "isOffDay": false}]}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminLoadsANewYearWhichIsStoredAndAudited() throws Exception {
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		assertThat(this.workingDays.isCovered(2027)).isFalse();
		this.mvc.perform(get("/api/admin/calendar/years").header("X-API-Key", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentYear").isNumber());
		this.mvc
			.perform(post("/api/admin/calendar/years/2027").header("X-API-Key", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(NOTICE_2027))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.listedDays").value(2));
		assertThat(this.workingDays.isCovered(2027)).isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("2027-02-06"))).isTrue();
		assertThat(this.jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = 2027").query(Integer.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'calendar.year.load' AND target_id = '2027'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAdminPreviewsANoticeDayByDayOnThePageThenLoadsIt() throws Exception {
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		String notice = """
				{"year": 1995, "papers": ["国务院办公厅关于1995年部分节假日安排的通知"],
				 "days": [{"name": "元旦", "date": "1995-01-02", "isOffDay": true},
				          {"name": "春节", "date": "1995-02-05", "isOffDay": false}]}
				""";
		String page = this.mvc.perform(get("/admin/calendar").header("X-API-Key", admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("节假日安排").contains("已有年份").contains("随平台发布");
		String preview = this.mvc
			.perform(post("/admin/calendar/preview").header("X-API-Key", admin)
				.param("year", "1995")
				.param("notice", notice))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(preview).contains("1995 年节假日安排预览").contains("1995年1月2日（周一）").contains("调休上班").contains("确认导入");
		// nothing counts before the administrator confirms
		assertThat(this.workingDays.isCovered(1995)).isFalse();
		this.mvc.perform(
				post("/admin/calendar/years").header("X-API-Key", admin).param("year", "1995").param("notice", notice))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("loaded", org.hamcrest.Matchers.containsString("1995 年节假日安排已导入")));
		assertThat(this.workingDays.isCovered(1995)).isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("1995-02-05"))).isTrue();
		// a mistake is explained in Chinese next to the field, and what was pasted stays
		String wrong = this.mvc
			.perform(post("/admin/calendar/preview").header("X-API-Key", admin)
				.param("year", "1996")
				.param("notice", notice))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(wrong).contains("id=\"notice-error\"").contains("年份与所填年份一致").contains("国务院办公厅关于1995年");
		// administrators only
		this.mvc.perform(get("/admin/calendar").header("X-API-Key", ApiKeys.issue(this.accounts, Role.OFFICER, null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void malformedOrEmptyNoticesAreRefusedWithACode() throws Exception {
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.mvc
			.perform(post("/api/admin/calendar/years/2028").header("X-API-Key", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-CAL-003"));
		this.mvc
			.perform(post("/api/admin/calendar/years/2028").header("X-API-Key", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(NOTICE_2027))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-CAL-003"));
		this.mvc
			.perform(post("/api/admin/calendar/years/2029").header("X-API-Key", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": 2029, \"papers\": [], \"days\": []}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-CAL-005"));
		assertThat(this.workingDays.isCovered(2029)).isFalse();
	}

	@Test
	void onlyAdminsLoadNotices() throws Exception {
		String officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.mvc
			.perform(post("/api/admin/calendar/years/2027").header("X-API-Key", officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(NOTICE_2027))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/admin/calendar/years")).andExpect(status().isUnauthorized());
		// An anonymous post is refused (401, or 403 from the CSRF check).
		this.mvc
			.perform(
					post("/api/admin/calendar/years/2027").contentType(MediaType.APPLICATION_JSON).content(NOTICE_2027))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
	}

	@Test
	void theHealthEndpointShowsCalendarCoverage() throws Exception {
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.mvc.perform(get("/actuator/health/calendarCoverage").header("X-API-Key", admin))
			.andExpect(jsonPath("$.details.currentYearCovered").isBoolean())
			.andExpect(jsonPath("$.details.nextYearCovered").isBoolean());
	}

}
