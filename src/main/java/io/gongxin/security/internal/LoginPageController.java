package io.gongxin.security.internal;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginPageController {

	/**
	 * Why a sign-in through the identity provider did not succeed, as the person reads
	 * it, by the reason {@link OidcLogin} sends.
	 */
	private static final Map<String, String> REFUSALS = Map.of("citizen-id-missing",
			"统一身份认证没有提供您的公民身份号码，平台无法确认您是谁。请先在统一身份认证平台完成实名认证，再重新登录。", "citizen-id-invalid",
			"统一身份认证提供的公民身份号码未通过校验，平台无法确认您是谁。请到统一身份认证平台核对本人实名信息，或携带身份证件到信用办窗口办理。", "uscc-missing",
			"统一身份认证没有提供您所在单位的统一社会信用代码。请以法人账号登录统一身份认证平台后再试。", "uscc-invalid", "统一身份认证提供的统一社会信用代码未通过校验。请到统一身份认证平台核对单位信息。",
			"user-type", "统一身份认证提供的用户类型既不是个人也不是法人，平台无法为您开通相应服务。", "unavailable", "暂时无法连接统一身份认证服务，请稍后再试。", "failed",
			"统一身份认证登录未完成，请重新登录。");

	private final OidcSettings oidc;

	LoginPageController(OidcSettings oidc) {
		this.oidc = oidc;
	}

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login(@RequestParam(required = false) String refused, Model model) {
		model.addAttribute("oidc", this.oidc.enabled());
		model.addAttribute("oidcProvider", this.oidc.providerName());
		model.addAttribute("oidcStart", OidcLogin.START);
		if (refused != null) {
			model.addAttribute("refusal", REFUSALS.getOrDefault(refused, REFUSALS.get("failed")));
		}
		return "login";
	}

}
