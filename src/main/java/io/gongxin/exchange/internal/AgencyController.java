package io.gongxin.exchange.internal;

import java.util.List;
import java.util.Set;

import io.gongxin.exchange.Agencies;
import io.gongxin.exchange.Agency;
import io.gongxin.exchange.AgencyStatus;
import io.gongxin.exchange.NewAgency;
import io.gongxin.exchange.RegisteredAgency;
import io.gongxin.security.CurrentActor;
import io.gongxin.subscription.FeedPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Licensed credit service agencies: the credit office registers them and sets their
 * status; an agency reads its feed of public credit information with its key.
 */
@RestController
@RequestMapping("/api/exchange/agencies")
class AgencyController {

	static final String REGISTRARS = "hasAnyRole('OFFICER', 'ADMIN')";

	static final String OFFICE = "hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')";

	private final Agencies agencies;

	AgencyController(Agencies agencies) {
		this.agencies = agencies;
	}

	@PostMapping
	@PreAuthorize(REGISTRARS)
	@ResponseStatus(HttpStatus.CREATED)
	RegisteredAgency register(@RequestBody Registration body) {
		return this.agencies.register(new NewAgency(body.code(), body.name(), body.uscc(), body.filingNumber(),
				body.filingAuthority(), body.categories(), body.webhookUrl()));
	}

	@GetMapping
	@PreAuthorize(OFFICE)
	List<Agency> list() {
		return this.agencies.list();
	}

	@GetMapping("/{id}")
	@PreAuthorize(OFFICE)
	Agency get(@PathVariable long id) {
		return this.agencies.get(id);
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(REGISTRARS)
	Agency status(@PathVariable long id, @RequestBody StatusChange body) {
		return this.agencies.setStatus(id, body.status(), body.reason());
	}

	/** The agency's own feed, oldest first; keep each page's {@code nextCursor}. */
	@GetMapping("/feed")
	@PreAuthorize("hasRole('AGENCY')")
	FeedPage feed(@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "100") int limit) {
		return this.agencies.feed(CurrentActor.get().orElseThrow().departmentCode(), cursor, limit);
	}

	record Registration(String code, String name, String uscc, String filingNumber, String filingAuthority,
			Set<String> categories, String webhookUrl) {
	}

	record StatusChange(AgencyStatus status, String reason) {
	}

}
