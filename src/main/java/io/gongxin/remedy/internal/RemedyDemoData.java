package io.gongxin.remedy.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.catalog.Nature;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.platform.DemoDataContributor;
import io.gongxin.remedy.Applicant;
import io.gongxin.remedy.Evidence;
import io.gongxin.remedy.Objections;
import io.gongxin.remedy.Repairs;

import org.springframework.stereotype.Component;

/**
 * An objection and a repair application filed at the counter against the demo penalties,
 * so that the credit office's desk and inbox show work to do on a first start.
 */
@Component
class RemedyDemoData implements DemoDataContributor {

	private static final Logger log = LoggerFactory.getLogger(RemedyDemoData.class);

	private final CreditRecords records;

	private final CreditFiles creditFiles;

	private final Objections objections;

	private final Repairs repairs;

	RemedyDemoData(CreditRecords records, CreditFiles creditFiles, Objections objections, Repairs repairs) {
		this.records = records;
		this.creditFiles = creditFiles;
		this.objections = objections;
		this.repairs = repairs;
	}

	@Override
	public String name() {
		return "remedies";
	}

	@Override
	public int order() {
		// after the demo records (300) and the enterprise user (350)
		return 400;
	}

	@Override
	public void contribute() {
		List<CreditRecord> penalties = this.records.page("GZ-SCJGJ", "XZCF", 0, 400)
			.stream()
			.filter(record -> record.status() == CreditRecord.Status.ACTIVE)
			.toList();
		if (penalties.isEmpty() || !projected(penalties.get(penalties.size() - 1).id())) {
			log.warn("No projected demo penalties yet; no demo objection or repair application filed");
			return;
		}
		// from the end of the list: the demo enterprise user's company (the first one)
		// keeps
		// its records for its own applications
		List<CreditRecord> newestFirst = new ArrayList<>(penalties);
		Collections.reverse(newestFirst);
		List<CreditFileItem> published = newestFirst.stream()
			.map(record -> this.creditFiles.item(record.id()))
			.flatMap(Optional::stream)
			.filter(item -> item.nature() == Nature.NEGATIVE && item.publicity().published())
			.toList();
		published.stream()
			.findFirst()
			.ifPresent(item -> this.objections.file(item.recordId(),
					new Applicant(item.subjectName(), "020-83330001", Applicant.Channel.COUNTER),
					"该处罚决定已被行政复议决定撤销，请核实后删除", List.of(new Evidence("行政复议决定书", "穗府复〔2026〕示例号")), true));
		published.stream()
			.skip(1)
			.filter(item -> this.repairs.eligibility(item.recordId()).open())
			.findFirst()
			.ifPresent(item -> this.repairs.apply(item.recordId(),
					new Applicant(item.subjectName(), "020-83330002", Applicant.Channel.COUNTER),
					"已于处罚决定书送达后15日内缴清全部罚款，并完成整改", List.of(new Evidence("罚款缴款凭证", null)), true));
	}

	/** The credit file is projected in the background after the demo batches commit. */
	private boolean projected(long recordId) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (this.creditFiles.item(recordId).isEmpty()) {
			if (System.nanoTime() - deadline > 0) {
				return false;
			}
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
		return true;
	}

}
