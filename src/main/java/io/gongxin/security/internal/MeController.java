package io.gongxin.security.internal;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	record Me(String name, String role, String roleLabel, String departmentCode) {
	}

	/** Who the caller is, for any signed-in person or key. */
	@GetMapping("/api/me")
	@PreAuthorize("isAuthenticated()")
	Me me() {
		Actor actor = CurrentActor.get()
			.orElseThrow(() -> new DomainException("GX-SEC-001", ProblemKind.FORBIDDEN, "No platform account."));
		return new Me(actor.name(), actor.role().name(), actor.role().label(), actor.departmentCode());
	}

}
