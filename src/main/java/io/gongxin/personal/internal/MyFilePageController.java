package io.gongxin.personal.internal;

import io.gongxin.report.IssuedReport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's self-service pages (个人信用查询): their own credit file, their own 个人信用报告 as a
 * signed PDF, and who read their file. Only a person signed in through the identity
 * provider reaches them, and only ever about themselves.
 */
@Controller
@PreAuthorize("hasRole('PERSON')")
class MyFilePageController {

	private final OwnFile own;

	MyFilePageController(OwnFile own) {
		this.own = own;
	}

	@GetMapping("/my/file")
	String file(Model model) {
		model.addAttribute("file", this.own.read());
		return "personal/my-file";
	}

	@PostMapping("/my/file/report")
	ResponseEntity<byte[]> print(@RequestParam(required = false) Long subjectId) {
		IssuedReport report = this.own.print(subjectId);
		return ResponseEntity.ok()
			.header("X-Report-Number", report.number())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("report-" + report.number() + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(report.pdf());
	}

	@GetMapping("/my/file/readers")
	String readers(Model model) {
		model.addAttribute("readings", this.own.readers());
		return "personal/readers";
	}

}
