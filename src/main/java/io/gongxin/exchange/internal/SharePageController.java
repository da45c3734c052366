package io.gongxin.exchange.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.exchange.ShareRequest;
import io.gongxin.exchange.Sharing;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageOutcome;
import io.gongxin.platform.ProblemTexts;
import io.gongxin.provider.Providers;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.Role;
import io.gongxin.subscription.Purpose;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sharing page: upload or type a code list, read the credit files returned and the
 * codes refused, download them as CSV, save the list as a supervision set, and see the
 * usage statistics.
 */
@Controller
@RequestMapping("/exchange/shares")
class SharePageController {

	private final Sharing sharing;

	private final Providers providers;

	SharePageController(Sharing sharing, Providers providers) {
		this.sharing = sharing;
		this.providers = providers;
	}

	@GetMapping
	@PreAuthorize(ShareController.SHARERS)
	String page(@RequestParam(required = false) String department, Model model) {
		prepare(model, department, null, "");
		return "exchange/shares";
	}

	@PostMapping
	@PreAuthorize(ShareController.SHARERS)
	String pull(@RequestParam(required = false) String department, @RequestParam(required = false) Purpose purpose,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
			Model model, HttpServletResponse response) throws IOException {
		prepare(model, department, purpose, text);
		try {
			model.addAttribute("answer", this.sharing.pull(request(department, purpose, text, file)));
		}
		catch (DomainException ex) {
			if (ex.kind().status().value() == 403) {
				throw ex;
			}
			// the same page, the codes still in the box: refused, not done
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", ProblemTexts.of(ex.code()).orElse(ex.getMessage()));
		}
		return "exchange/shares";
	}

	@PostMapping("/csv")
	@PreAuthorize(ShareController.SHARERS)
	void csv(@RequestParam(required = false) String department, @RequestParam(required = false) Purpose purpose,
			@RequestParam(defaultValue = "") String text, @RequestParam(required = false) MultipartFile file,
			HttpServletResponse response) throws IOException {
		ShareCsv.write(this.sharing.pull(request(department, purpose, text, file)), response);
	}

	@PostMapping("/sets")
	@PreAuthorize(ShareController.SHARERS)
	String saveSet(@RequestParam(required = false) String department, @RequestParam(required = false) Purpose purpose,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		byte[] upload = (file != null && !file.isEmpty()) ? file.getBytes() : null;
		return PageOutcome.form(redirect, "/exchange/shares", () -> {
			List<String> codes = new ArrayList<>(ShareCodes.parse(text));
			codes.addAll(ShareCodes.parse(upload));
			var created = this.sharing.saveSet(name, new ShareRequest(purpose, codes, department), null);
			return "监管名单“" + created.set().name() + "”已保存：订阅了" + created.set().subjects() + "个主体的信用信息变动（订阅编号 "
					+ created.set().subscriptionId() + "，可在“信息订阅”中查看）" + (created.leftOut().isEmpty() ? "。"
							: "；另有" + created.leftOut().size() + "个代码未纳入（超出监管范围、未找到或代码有误）。");
		});
	}

	private static ShareRequest request(String department, Purpose purpose, String text, MultipartFile file)
			throws IOException {
		List<String> codes = new ArrayList<>(ShareCodes.parse(text));
		if (file != null && !file.isEmpty()) {
			codes.addAll(ShareCodes.parse(ShareController.bytes(file)));
		}
		return new ShareRequest(purpose, codes, department);
	}

	private void prepare(Model model, String department, Purpose purpose, String text) {
		Actor actor = CurrentActor.get().orElseThrow();
		boolean clerk = actor.is(Role.PROVIDER);
		model.addAttribute("ownDepartment", clerk ? this.providers.find(actor.departmentCode()).orElse(null) : null);
		model.addAttribute("departments", clerk ? List.of() : this.providers.list(null, 500));
		model.addAttribute("department", department);
		model.addAttribute("purposes", ShareRequest.PURPOSES.stream().sorted().toList());
		model.addAttribute("purpose", purpose);
		model.addAttribute("text", text);
		model.addAttribute("maxCodes", ShareRequest.MAX_CODES);
		model.addAttribute("usage", this.sharing.usage(department, 12));
		model.addAttribute("sets", this.sharing.sets(department));
	}

}
