package io.gongxin.platform.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	@PreAuthorize("permitAll()")
	String home() {
		return "home";
	}

}
