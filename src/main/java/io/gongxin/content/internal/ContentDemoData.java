package io.gongxin.content.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import io.gongxin.content.Article;
import io.gongxin.content.ArticleDraft;
import io.gongxin.content.Articles;
import io.gongxin.content.Column;
import io.gongxin.platform.DemoDataContributor;
import io.gongxin.platform.SystemActor;

import org.springframework.stereotype.Component;

/**
 * A few articles in each column, written for the demo: a pinned notice on the 双公示
 * reporting deadline and a maintenance notice, two news items, policy entries on real
 * regulations in the platform's own words, and a draft still being written.
 */
@Component
class ContentDemoData implements DemoDataContributor {

	private static final String OFFICE = "公信市社会信用体系建设领导小组办公室";

	private final Articles articles;

	private final Clock clock;

	ContentDemoData(Articles articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "content";
	}

	@Override
	public int order() {
		// needs nothing else; after the other contributions so the demo's newest changes
		// are these articles
		return 600;
	}

	@Override
	public void contribute() {
		// named in Chinese: the editors' desk shows who wrote each article
		SystemActor.runAs("演示数据", this::write);
	}

	private void write() {
		LocalDate today = LocalDate.now(this.clock);
		publish(new ArticleDraft(Column.POLICY, "企业信息公示暂行条例", "国务院制定的企业信息公示基本制度：企业公示哪些信息，政府部门公示哪些信息，公示信息如何抽查。",
				Texts.ENTERPRISE_DISCLOSURE, "国务院", "国务院令第654号", today.minusDays(40), false));
		publish(new ArticleDraft(Column.POLICY, "国务院办公厅关于进一步完善失信约束制度构建诚信建设长效机制的指导意见", "规范失信约束的依据、范围和程序，保护信用主体合法权益。",
				Texts.DISHONESTY_CONSTRAINTS, "国务院办公厅", "国办发〔2020〕49号", today.minusDays(35), false));
		publish(new ArticleDraft(Column.POLICY, "社会信用体系建设规划纲要（2014—2020年）", "我国社会信用体系建设的第一部国家级专项规划。",
				Texts.PLANNING_OUTLINE, "国务院", "国发〔2014〕21号", today.minusDays(30), false));
		publish(new ArticleDraft(Column.NEWS, "市信用办通报上季度“双公示”数据报送质量情况", "多数单位合规率、及时率达标，个别单位存在迟报和问题数据未及时处理的情况。",
				Texts.QUALITY_NEWS, OFFICE, null, today.minusDays(12), false));
		publish(new ArticleDraft(Column.NEWS, "信用报告可扫码在线核验", "平台出具的信用报告均带有电子签名和二维码，使用单位扫码即可核验真伪。",
				Texts.VERIFICATION_NEWS, OFFICE, null, today.minusDays(6), false));
		publish(new ArticleDraft(Column.NOTICE, "关于按时报送行政许可和行政处罚“双公示”信息的通知", "各数据提供单位应在决定作出之日起 7 个工作日内报送，季度末集中清理问题数据。",
				Texts.DEADLINE_NOTICE, OFFICE, "公信信用办〔" + today.getYear() + "〕3号", today.minusDays(3), true));
		LocalDate saturday = today.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		publish(new ArticleDraft(Column.NOTICE, "平台系统升级维护公告", "维护期间信用信息查询、信用报告打印和数据报送暂停服务。",
				Texts.maintenance(saturday), "公信平台运行维护中心", null, today.minusDays(1), false));
		this.articles.create(new ArticleDraft(Column.NOTICE, "关于开展信用承诺示范单位推荐工作的通知（征求意见稿）", null, Texts.DRAFT_NOTICE,
				OFFICE, null, null, false));
	}

	private void publish(ArticleDraft draft) {
		Article created = this.articles.create(draft);
		this.articles.publish(created.id());
	}

}
