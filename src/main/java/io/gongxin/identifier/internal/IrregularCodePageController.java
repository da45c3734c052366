package io.gongxin.identifier.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.platform.DomainException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for known irregular codes: codes a registration authority
 * really issued that fail today's check character. Listing one lets its records in once
 * the department revalidates the batch its problem data came from.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class IrregularCodePageController {

	private final ReferenceData referenceData;

	private final IrregularCodeDesk desk;

	IrregularCodePageController(ReferenceData referenceData, IrregularCodeDesk desk) {
		this.referenceData = referenceData;
		this.desk = desk;
	}

	@GetMapping("/admin/known-irregular")
	String page(Model model) {
		model.addAttribute("codes", this.referenceData.irregularCodes());
		return "admin/known-irregular";
	}

	@PostMapping("/admin/known-irregular")
	String list(@RequestParam String code, @RequestParam String note, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String normal = (code == null) ? "" : code.strip().toUpperCase(Locale.ROOT);
		model.addAttribute("code", code);
		model.addAttribute("note", note);
		if (note == null || note.isBlank() || note.length() > 500) {
			model.addAttribute("noteError", "请写明依据（1 至 500 个字），例如核实的登记机关和文件。");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
		try {
			this.desk.list(normal, note.strip());
		}
		catch (DomainException ex) {
			model.addAttribute("codeError", "代码应为 9 至 18 位数字或大写字母。");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
		redirect.addFlashAttribute("done", "代码 " + normal + " 已登记为已知不规范代码。请通知报送部门在问题数据所在批次页面点击“重新校验”。");
		return "redirect:/admin/known-irregular";
	}

	@PostMapping("/admin/known-irregular/{code}/removal")
	String unlist(@PathVariable String code, RedirectAttributes redirect) {
		try {
			this.desk.unlist(code);
			redirect.addFlashAttribute("done", "代码 " + code + " 已移出，今后报送的该代码将按校验规则处理。");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", "该代码不在已知不规范代码中。");
		}
		return "redirect:/admin/known-irregular";
	}

}
