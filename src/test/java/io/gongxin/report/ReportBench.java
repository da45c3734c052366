package io.gongxin.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.gongxin.GongxinApplication;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.report.internal.ReportAssembler;
import io.gongxin.report.internal.ReportHtml;
import io.gongxin.report.internal.ReportPdfs;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.Penalties;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Report generation bench (not a test; see docs/benchmarks.md). Part 1: warm generation
 * of a 5-page enterprise report through the full path (data access, QR code, rendering,
 * ToUnicode repair, signature, SM2 seal, verification record, audit) against
 * openhtmltopdf alone rendering the same HTML with the same fonts, in the same run. Part
 * 2: a sustained rate of 20 reports/s, with the heap after GC at the start and the end.
 */
final class ReportBench {

	private ReportBench() {
	}

	public static void main(String[] args) throws Exception {
		int records = (args.length > 0) ? Integer.parseInt(args[0]) : 45;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 60;
		Path data = Files.createTempDirectory("gongxin-report-bench");
		ConfigurableApplicationContext context = SpringApplication.run(GongxinApplication.class,
				"--gongxin.database.embedded.data-directory=" + data.resolve("pg"), "--server.port=0",
				"--gongxin.demo.enabled=false", "--gongxin.keys.directory=" + data.resolve("keys"),
				"--gongxin.audit.witness-file=" + data.resolve("witness.log"),
				"--logging.file.name=" + data.resolve("bench.log"), "--gongxin.audit.sealing.enabled=false",
				"--gongxin.creditfile.schedule.enabled=false", "--logging.level.root=WARN");
		try {
			SubjectId subject = fill(context, records);
			ReportRequest request = ReportRequest.organisation(subject);
			Reports reports = context.getBean(Reports.class);
			String html = context.getBean(ReportHtml.class)
				.render(context.getBean(ReportAssembler.class)
					.assemble(request, "20261125000000BENCH000", Instant.now(), true)
					.content());
			PlainRenderer plain = new PlainRenderer();
			IssuedReport sample = issue(reports, request);
			System.out.printf("report: %d pages, %,d bytes signed; plain render %,d bytes%n",
					ReportPdfs.pages(sample.pdf()), sample.pdf().length, plain.render(html).length);
			for (int i = 0; i < 40; i++) {
				issue(reports, request);
				plain.render(html);
			}
			long[] full = new long[60];
			long[] bare = new long[60];
			for (int i = 0; i < full.length; i++) {
				long t0 = System.nanoTime();
				issue(reports, request);
				full[i] = System.nanoTime() - t0;
				t0 = System.nanoTime();
				plain.render(html);
				bare[i] = System.nanoTime() - t0;
			}
			double fullMedian = median(full);
			double bareMedian = median(bare);
			System.out.printf("full path  median %.1f ms, p90 %.1f ms%n", fullMedian, percentile(full, 0.9));
			System.out.printf("plain html median %.1f ms, p90 %.1f ms%n", bareMedian, percentile(bare, 0.9));
			System.out.printf("ratio %.2f (load average %.2f at the end)%n", fullMedian / bareMedian,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			breakdown(context, request, plain);
			sustained(reports, request, seconds);
		}
		finally {
			context.close();
		}
	}

	/**
	 * Where the difference goes: each step of the full path timed on its own (medians);
	 * "record" is a whole issue less the steps before it (verification record and audit
	 * entry in one transaction).
	 */
	private static void breakdown(ConfigurableApplicationContext context, ReportRequest request, PlainRenderer plain)
			throws IOException {
		ReportAssembler assembler = context.getBean(ReportAssembler.class);
		ReportHtml html = context.getBean(ReportHtml.class);
		Reports reports = context.getBean(Reports.class);
		io.gongxin.platform.PdfRenderer rendering = context.getBean(io.gongxin.platform.PdfRenderer.class);
		io.gongxin.report.internal.PdfSigner signer = context.getBean(io.gongxin.report.internal.PdfSigner.class);
		io.gongxin.audit.Sm2KeyPair seal = context.getBean(io.gongxin.report.internal.ReportKeys.class).seal();
		int n = 40;
		long[][] t = new long[8][n];
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			var assembled = assembler.assemble(request, "20261125000000BENCH000", Instant.now(), false);
			long t1 = System.nanoTime();
			io.gongxin.report.internal.QrCodes.pngDataUri(assembler.verifyUrl("20261125000000BENCH000"));
			long t2 = System.nanoTime();
			String page = html.render(assembled.content());
			long t3 = System.nanoTime();
			byte[] pdf = rendering.render(page, document -> signer.signOnFirstSave(document, Instant.now(), "bench"));
			long t4 = System.nanoTime();
			io.gongxin.report.internal.PublicAtCutoff.sm3(pdf);
			long t5 = System.nanoTime();
			seal.sign("20261125000000BENCH000|ORGANISATION|1|name|0|0||null|null|digest|" + i);
			long t6 = System.nanoTime();
			issue(reports, request);
			long t7 = System.nanoTime();
			plain.render(page);
			long t8 = System.nanoTime();
			t[0][i] = t1 - t0;
			t[1][i] = t2 - t1;
			t[2][i] = t3 - t2;
			t[3][i] = t4 - t3;
			t[4][i] = t5 - t4;
			t[5][i] = t6 - t5;
			t[6][i] = (t7 - t6) - (t6 - t0);
			t[7][i] = t8 - t7;
		}
		System.out.printf(
				"breakdown (median ms): assemble %.1f, QR %.1f, html %.1f, render+repair+sign %.1f, SM3 %.1f, SM2 %.1f,"
						+ " record (issue less the steps) %.1f; plain render %.1f%n",
				median(t[0]), median(t[1]), median(t[2]), median(t[3]), median(t[4]), median(t[5]), median(t[6]),
				median(t[7]));
	}

	private static IssuedReport issue(Reports reports, ReportRequest request) {
		return SystemActor.callAs("bench", () -> reports.issue(request, "bench"));
	}

	private static void sustained(Reports reports, ReportRequest request, int seconds) throws Exception {
		long heapBefore = heapAfterGc();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		ExecutorService workers = Executors.newFixedThreadPool(2);
		List<Future<Long>> done = new ArrayList<>();
		AtomicInteger late = new AtomicInteger();
		long start = System.nanoTime();
		ticker.scheduleAtFixedRate(() -> {
			long due = System.nanoTime();
			synchronized (done) {
				done.add(workers.submit(() -> {
					issue(reports, request);
					return System.nanoTime() - due;
				}));
			}
		}, 0, 50, TimeUnit.MILLISECONDS);
		long[] heapSamples = new long[Math.max(1, seconds / 10)];
		for (int i = 0; i < heapSamples.length; i++) {
			Thread.sleep(Duration.ofSeconds(seconds).toMillis() / heapSamples.length);
			heapSamples[i] = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
		}
		ticker.shutdown();
		ticker.awaitTermination(5, TimeUnit.SECONDS);
		List<Future<Long>> all;
		synchronized (done) {
			all = List.copyOf(done);
		}
		long[] latency = new long[all.size()];
		for (int i = 0; i < latency.length; i++) {
			latency[i] = all.get(i).get();
			if (latency[i] > 1_000_000_000L) {
				late.incrementAndGet();
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		workers.shutdown();
		long heapAfter = heapAfterGc();
		System.out.printf(
				"sustained: %d reports in %.1f s = %.1f/s; latency from due time p50 %.0f ms, p95 %.0f ms,"
						+ " max %.0f ms; %d over 1 s%n",
				latency.length, elapsed, latency.length / elapsed, median(latency), percentile(latency, 0.95),
				percentile(latency, 1.0), late.get());
		System.out.printf("heap after GC: before %d MB, after %d MB; used heap samples (MB) %s%n", heapBefore,
				heapAfter, Arrays.toString(heapSamples));
	}

	private static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
	}

	/** One enterprise with enough public penalties for a 5-page report. */
	private static SubjectId fill(ConfigurableApplicationContext context, int records) throws InterruptedException {
		SystemActor.runAs("bench", () -> context.getBean(Providers.class)
			.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0)));
		LocalDate today = LocalDate.now(context.getBean(Clock.class));
		String uscc = CheckCharacters.uscc("91440101MA5BENCH");
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < records; i++) {
			rows.add(Penalties.aPenalty()
				.against("广州基准测试科技有限公司", uscc)
				.document("穗市监罚〔2026〕" + (1000 + i) + "号")
				.fine(String.valueOf(2 + i % 7))
				.conduct("未按规定公示年度报告", "当事人未按规定期限公示年度报告，且经责令改正后仍未改正，违反了相关规定。")
				.decidedOn(today.minusDays(i * 3L))
				.row());
		}
		SystemActor.callAs("bench",
				() -> context.getBean(Ingestion.class).submitRows("GZ-SCJGJ", "XZCF", rows, Channel.API));
		SubjectId id = context.getBean(Subjects.class).findByKey(SubjectKey.uscc(uscc)).orElseThrow().id();
		CreditFiles files = context.getBean(CreditFiles.class);
		Instant deadline = Instant.now().plusSeconds(60);
		while (files.fileOf(id).size() < records && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
		return id;
	}

	private static double median(long[] nanos) {
		return percentile(nanos, 0.5);
	}

	private static double percentile(long[] nanos, double p) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))] / 1e6;
	}

	/**
	 * openhtmltopdf on its own: the same fonts, parsed once, no data access, no signing.
	 */
	static final class PlainRenderer {

		private final org.apache.fontbox.ttf.TrueTypeFont regular;

		private final org.apache.fontbox.ttf.TrueTypeFont bold;

		PlainRenderer() throws IOException {
			this.regular = parse("fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf");
			this.bold = parse("fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf");
		}

		byte[] render(String html) throws IOException {
			try (var document = new org.apache.pdfbox.pdmodel.PDDocument();
					ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				PdfRendererBuilder builder = new PdfRendererBuilder();
				builder.useFastMode();
				builder.usePDDocument(document);
				builder.useFont(
						new com.openhtmltopdf.pdfboxout.PDFontSupplier(
								org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, this.regular, true)),
						"Noto Sans SC", 400, FontStyle.NORMAL, true);
				builder.useFont(
						new com.openhtmltopdf.pdfboxout.PDFontSupplier(
								org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, this.bold, true)),
						"Noto Sans SC", 700, FontStyle.NORMAL, true);
				builder.withHtmlContent(html, null);
				builder.toStream(out);
				builder.run();
				return out.toByteArray();
			}
		}

		private static org.apache.fontbox.ttf.TrueTypeFont parse(String path) throws IOException {
			try (InputStream in = ReportBench.class.getClassLoader().getResourceAsStream(path)) {
				return new org.apache.fontbox.ttf.TTFParser()
					.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(in.readAllBytes()));
			}
		}

	}

}
