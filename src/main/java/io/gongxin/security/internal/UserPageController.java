package io.gongxin.security.internal;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.platform.DomainException;
import io.gongxin.security.Accounts;
import io.gongxin.security.DepartmentDirectory;
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
 * The administrator's page for people's accounts: who may sign in, in which role and for
 * which department; new accounts; accounts switched off and on.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPageController {

	/** The refusals an administrator can meet here, in Chinese, by code and field. */
	private static final Map<String, String[]> ERRORS = Map.of("GX-SEC-010",
			new String[] { "passwordError", "密码至少 12 个字符。" }, "GX-SEC-011",
			new String[] { "usernameError", "该用户名已被使用，请换一个。" }, "GX-SEC-014",
			new String[] { "departmentError", "数据提供单位的账号须选择所属部门。" }, "GX-SEC-015",
			new String[] { "departmentError", "信用办人员的账号不属于部门，请不要选择部门。" }, "GX-SEC-016",
			new String[] { "roleError", "法人用户请使用法人账号开通流程（绑定统一社会信用代码）。" });

	private final Accounts accounts;

	private final DepartmentDirectory departments;

	UserPageController(Accounts accounts, DepartmentDirectory departments) {
		this.accounts = accounts;
		this.departments = departments;
	}

	@GetMapping("/admin/users")
	String page(Model model) {
		model.addAttribute("users", this.accounts.users());
		model.addAttribute("departments", this.departments.names());
		model.addAttribute("roles", List.of(Role.PROVIDER, Role.OFFICER, Role.REVIEWER, Role.ADMIN));
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
			@RequestParam Role role, @RequestParam(required = false) String department, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("username", username);
		model.addAttribute("displayName", displayName);
		model.addAttribute("role", role);
		model.addAttribute("department", department);
		if (username == null || !username.strip().matches("[A-Za-z0-9._-]{3,64}")) {
			model.addAttribute("usernameError", "用户名为 3 至 64 个字母、数字或“._-”。");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
			model.addAttribute("displayNameError", "请填写姓名（1 至 100 个字）。");
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
		try {
			this.accounts.createUser(username.strip(), displayName.strip(), password, role,
					(department == null || department.isBlank()) ? null : department);
			redirect.addFlashAttribute("done", "账号 " + username.strip() + " 已开通，请将初始密码当面或通过安全渠道交给本人。");
			return "redirect:/admin/users";
		}
		catch (DomainException ex) {
			String[] error = ERRORS.getOrDefault(ex.code(), new String[] { "formError", "未能开通账号，请检查填写内容。" });
			model.addAttribute(error[0], error[1]);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model);
		}
	}

	@PostMapping("/admin/users/{username}/enabled")
	String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			this.accounts.setEnabled(username, enabled);
			redirect.addFlashAttribute("done", "账号 " + username + (enabled ? " 已启用。" : " 已停用，本人无法再登录。"));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", "没有该账号。");
		}
		return "redirect:/admin/users";
	}

}
