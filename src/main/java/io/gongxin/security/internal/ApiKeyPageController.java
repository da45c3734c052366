package io.gongxin.security.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.platform.DomainException;
import io.gongxin.security.Accounts;
import io.gongxin.security.DepartmentDirectory;
import io.gongxin.security.IssuedApiKey;
import io.gongxin.security.Role;

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
 * The administrator's page for API keys, the way departments' own systems call the
 * platform (事前信用核查, 报送): who holds which key, issue one (its secret is shown once, on the
 * page that issued it), revoke one.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyPageController {

	/** The refusals an administrator can meet here, in Chinese, by code. */
	private static final Map<String, String> ERRORS = Map.of("GX-SEC-014", "该角色的密钥须指定所属部门。", "GX-SEC-015",
			"信用工作人员、审核人员和系统管理员的密钥代表信用办，不能指定部门。", "GX-SEC-018", "法人用户以本人身份登录，不发放 API 密钥。", "GX-SEC-013", "该密钥不存在或已吊销。");

	private final Accounts accounts;

	private final DepartmentDirectory departments;

	ApiKeyPageController(Accounts accounts, DepartmentDirectory departments) {
		this.accounts = accounts;
		this.departments = departments;
	}

	@GetMapping("/admin/api-keys")
	String page(Model model) {
		Map<String, String> names = this.departments.names();
		model.addAttribute("keys", this.accounts.apiKeys());
		model.addAttribute("departments", names);
		model.addAttribute("roles",
				Arrays.stream(Role.values()).filter(role -> !role.subjectBound() && role != Role.AGENCY).toList());
		return "admin/api-keys";
	}

	@PostMapping("/admin/api-keys")
	String issue(@RequestParam String name, @RequestParam Role role, @RequestParam(required = false) String department,
			Model model, HttpServletResponse response) {
		model.addAttribute("name", name);
		model.addAttribute("role", role);
		model.addAttribute("department", department);
		if (name == null || name.isBlank() || name.length() > 100) {
			model.addAttribute("nameError", "请填写密钥用途（1 至 100 个字），例如“财政局采购系统”。");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
		try {
			IssuedApiKey issued = this.accounts.issueApiKeyByHand(name.strip(), role,
					(department == null || department.isBlank()) ? null : department);
			// shown on this page only: it is stored as a hash and cannot be shown again
			model.addAttribute("issued", issued);
		}
		catch (DomainException ex) {
			model.addAttribute("issueError", ERRORS.getOrDefault(ex.code(), "未能签发密钥，请检查填写内容。"));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return page(model);
	}

	@PostMapping("/admin/api-keys/{id}/revocation")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.accounts.revokeApiKey(id);
			redirect.addFlashAttribute("done", "密钥已吊销，使用它的系统将无法再调用平台。");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ERRORS.getOrDefault(ex.code(), "未能吊销密钥。"));
		}
		return "redirect:/admin/api-keys";
	}

}
