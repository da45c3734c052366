package io.gongxin.outbox.internal;

import java.util.List;

import io.gongxin.outbox.Endpoint;
import io.gongxin.outbox.Outbox;
import io.gongxin.outbox.WebhookUrl;
import io.gongxin.outbox.internal.OutboxOperations.Attempt;
import io.gongxin.outbox.internal.OutboxOperations.DeadLetter;
import io.gongxin.outbox.internal.OutboxOperations.EndpointLine;
import io.gongxin.outbox.internal.OutboxOperations.OpenPublications;
import io.gongxin.outbox.internal.OutboxOperations.OutboxSummary;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operations API of the outbox, for the credit office's operators. */
@RestController
@RequestMapping("/api/ops/outbox")
class OutboxController {

	static final String OPERATORS = "hasAnyRole('OFFICER', 'ADMIN')";

	private final OutboxOperations operations;

	private final Outbox outbox;

	OutboxController(OutboxOperations operations, Outbox outbox) {
		this.operations = operations;
		this.outbox = outbox;
	}

	@GetMapping
	@PreAuthorize(OPERATORS)
	OutboxSummary summary() {
		return this.operations.summary();
	}

	@GetMapping("/dead-letters")
	@PreAuthorize(OPERATORS)
	List<DeadLetter> deadLetters(@RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		return this.operations.deadLetters(before, limit);
	}

	@GetMapping("/messages/{id}/attempts")
	@PreAuthorize(OPERATORS)
	List<Attempt> attempts(@PathVariable long id) {
		return this.operations.attempts(id);
	}

	@PostMapping("/dead-letters/{id}/resend")
	@PreAuthorize(OPERATORS)
	Resent resend(@PathVariable long id) {
		return new Resent(this.operations.resend(id, null));
	}

	@GetMapping("/endpoints")
	@PreAuthorize(OPERATORS)
	List<EndpointLine> endpoints() {
		return this.operations.endpoints();
	}

	@PostMapping("/endpoints/{id}/resend")
	@PreAuthorize(OPERATORS)
	Resent resendEndpoint(@PathVariable long id) {
		return new Resent(this.operations.resend(null, id));
	}

	@PutMapping("/endpoints/{id}/url")
	@PreAuthorize(OPERATORS)
	Endpoint retarget(@PathVariable long id, @RequestBody Retarget body) {
		this.outbox.retarget(id, WebhookUrl.parse(body.url()));
		return this.outbox.endpoint(id).orElseThrow();
	}

	@PostMapping("/endpoints/{id}/active")
	@PreAuthorize(OPERATORS)
	Endpoint setActive(@PathVariable long id, @RequestBody Activation body) {
		this.outbox.setActive(id, body.active());
		return this.outbox.endpoint(id).orElseThrow();
	}

	@GetMapping("/event-publications")
	@PreAuthorize(OPERATORS)
	List<OpenPublications> openPublications() {
		return this.operations.openPublications();
	}

	@PostMapping("/event-publications/resubmit")
	@PreAuthorize(OPERATORS)
	void resubmit() {
		this.operations.resubmitPublications();
	}

	record Retarget(String url) {
	}

	record Activation(boolean active) {
	}

	record Resent(int resent) {
	}

}
