package io.gongxin.security.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPageController {

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login() {
		return "login";
	}

}
