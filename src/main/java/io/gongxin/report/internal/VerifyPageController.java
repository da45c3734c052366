package io.gongxin.report.internal;

import java.io.IOException;

import io.gongxin.report.ReportVerification;
import io.gongxin.report.Reports;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public page a report's QR code points to. */
@Controller
class VerifyPageController {

	static final long MAX_UPLOAD = 20L * 1024 * 1024;

	private final Reports reports;

	VerifyPageController(Reports reports) {
		this.reports = reports;
	}

	@GetMapping("/verify/{number}")
	@PreAuthorize("permitAll()")
	String page(@PathVariable String number, Model model) {
		model.addAttribute("v", this.reports.verify(number));
		return "report/verify";
	}

	@PostMapping("/verify/{number}")
	@PreAuthorize("permitAll()")
	String upload(@PathVariable String number, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) throws IOException {
		ReportVerification v = this.reports.verify(number);
		model.addAttribute("v", v);
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadError", "请选择要比对的 PDF 文件。");
		}
		else if (file.getSize() > MAX_UPLOAD) {
			model.addAttribute("uploadError", "文件过大，报告 PDF 不超过 20 MB。");
		}
		else {
			model.addAttribute("identical", this.reports.identical(number, file.getBytes()));
		}
		return "report/verify";
	}

}
