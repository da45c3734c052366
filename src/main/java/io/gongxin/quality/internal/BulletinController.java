package io.gongxin.quality.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.quality.BulletinContent;
import io.gongxin.quality.Bulletins;
import io.gongxin.quality.PublishedBulletin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quality bulletins: live drafts for any period, publication by an officer, and the XLSX
 * and PDF exports of drafts and published bulletins.
 */
@RestController
@RequestMapping("/api/quality/bulletins")
@PreAuthorize(QualityController.OFFICE)
class BulletinController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Bulletins bulletins;

	private final Clock clock;

	BulletinController(Bulletins bulletins, Clock clock) {
		this.bulletins = bulletins;
		this.clock = clock;
	}

	@GetMapping("/draft")
	BulletinContent draft(QualityController.PeriodQuery query) {
		return this.bulletins.draft(query.period(this.clock));
	}

	@GetMapping("/draft.xlsx")
	void draftXlsx(QualityController.PeriodQuery query, HttpServletResponse response) throws IOException {
		BulletinContent content = this.bulletins.draft(query.period(this.clock));
		download(response, XLSX, content.label() + "（草稿）.xlsx");
		this.bulletins.writeXlsx(content, null, response.getOutputStream());
	}

	@GetMapping("/draft.pdf")
	void draftPdf(QualityController.PeriodQuery query, HttpServletResponse response) throws IOException {
		BulletinContent content = this.bulletins.draft(query.period(this.clock));
		download(response, "application/pdf", content.label() + "（草稿）.pdf");
		this.bulletins.writePdf(content, null, response.getOutputStream());
	}

	/** Publication request: the period and the officer's commentary. */
	record PublishRequest(String month, String quarter, String year, java.time.LocalDate from, java.time.LocalDate to,
			String commentary) {
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	ResponseEntity<PublishedBulletin> publish(@RequestBody PublishRequest request) {
		QualityController.PeriodQuery query = new QualityController.PeriodQuery(request.month(), request.quarter(),
				request.year(), request.from(), request.to());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.bulletins.publish(query.period(this.clock), request.commentary()));
	}

	@GetMapping
	List<PublishedBulletin> list(@RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "20") int limit) {
		return this.bulletins.list(before, limit);
	}

	@GetMapping("/{id}")
	PublishedBulletin published(@PathVariable long id) {
		return this.bulletins.published(id);
	}

	@GetMapping("/{id}.xlsx")
	void publishedXlsx(@PathVariable long id, HttpServletResponse response) throws IOException {
		PublishedBulletin bulletin = this.bulletins.published(id);
		download(response, XLSX, bulletin.label() + ".xlsx");
		this.bulletins.writeXlsx(bulletin.content(), bulletin.commentary(), response.getOutputStream());
	}

	@GetMapping("/{id}.pdf")
	void publishedPdf(@PathVariable long id, HttpServletResponse response) throws IOException {
		PublishedBulletin bulletin = this.bulletins.published(id);
		download(response, "application/pdf", bulletin.label() + ".pdf");
		this.bulletins.writePdf(bulletin.content(), bulletin.commentary(), response.getOutputStream());
	}

	static void download(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader("Content-Disposition", "attachment; filename=\"bulletin\"; filename*=UTF-8''"
				+ URLEncoder.encode("数据质量通报" + fileName, StandardCharsets.UTF_8).replace("+", "%20"));
	}

}
