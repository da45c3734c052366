package io.gongxin.calendar.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemTexts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for holiday notices: which years the calendar covers, and a
 * new year's notice pasted or uploaded, shown day by day, then loaded.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CalendarPageController {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("yyyy年M月d日（EEE）", java.util.Locale.CHINA);

	record DayRow(String date, String arrangement) {
	}

	private final CalendarYears years;

	private final WorkingDays workingDays;

	private final HolidayLoading loading;

	private final Clock clock;

	CalendarPageController(CalendarYears years, WorkingDays workingDays, HolidayLoading loading, Clock clock) {
		this.years = years;
		this.workingDays = workingDays;
		this.loading = loading;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String page(Model model) {
		int year = LocalDate.now(this.clock).getYear();
		model.addAttribute("currentYear", year);
		model.addAttribute("nextYear", year + 1);
		model.addAttribute("nextCovered", this.workingDays.isCovered(year + 1));
		model.addAttribute("currentCovered", this.workingDays.isCovered(year));
		model.addAttribute("years",
				this.years.current().values().stream().sorted((a, b) -> b.year() - a.year()).toList());
		if (!model.containsAttribute("year")) {
			model.addAttribute("year", year + 1);
		}
		return "admin/calendar";
	}

	@PostMapping("/admin/calendar/preview")
	String preview(@RequestParam(defaultValue = "0") int year, @RequestParam(required = false) String notice,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		String text = (file != null && !file.isEmpty()) ? new String(file.getBytes(), StandardCharsets.UTF_8)
				: (notice == null ? "" : notice);
		model.addAttribute("year", year);
		model.addAttribute("notice", text);
		try {
			HolidayYear parsed = this.loading.preview(year, text);
			model.addAttribute("preview", parsed);
			model.addAttribute("previewDays",
					parsed.days()
						.entrySet()
						.stream()
						.map(day -> new DayRow(DAY.format(day.getKey()), day.getValue() ? "放假" : "调休上班"))
						.toList());
		}
		catch (DomainException ex) {
			// the same page, what was pasted kept: refused, not previewed
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("noticeError", mistake(ex));
		}
		return page(model);
	}

	@PostMapping("/admin/calendar/years")
	String load(@RequestParam int year, @RequestParam String notice, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			HolidayYear loaded = this.loading.load(year, notice);
			redirect.addFlashAttribute("loaded", year + " 年节假日安排已导入（列明 " + loaded.days().size() + " 天），工作日期限自即日起按此计算。");
			return "redirect:/admin/calendar";
		}
		catch (DomainException ex) {
			model.addAttribute("year", year);
			model.addAttribute("notice", notice);
			model.addAttribute("noticeError", mistake(ex));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
	}

	/** What went wrong, in the register's Chinese words for the code. */
	private static String mistake(DomainException ex) {
		return ProblemTexts.of(ex.code()).map(text -> text + "。").orElse("通知内容有误，请检查后重试。");
	}

}
