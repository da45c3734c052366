package io.gongxin.exchange.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.exchange.CreatedSupervisionSet;
import io.gongxin.exchange.ShareAnswer;
import io.gongxin.exchange.ShareRequest;
import io.gongxin.exchange.ShareUsage;
import io.gongxin.exchange.Sharing;
import io.gongxin.exchange.SupervisionSet;
import io.gongxin.outbox.WebhookUrl;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subscription.Purpose;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The sharing API: a clerk (for its own department) or the credit office pulls credit
 * files by a code list, downloads them as CSV, saves the list as a supervision set, and
 * reads the usage statistics.
 */
@RestController
@RequestMapping("/api/exchange/shares")
class ShareController {

	static final String SHARERS = "hasAnyRole('PROVIDER', 'OFFICER', 'ADMIN')";

	static final String READERS = "hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')";

	private final Sharing sharing;

	ShareController(Sharing sharing) {
		this.sharing = sharing;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(SHARERS)
	ShareAnswer pull(@RequestBody Request body) {
		return this.sharing.pull(body.toRequest());
	}

	/** The list as an uploaded text or CSV file (UTF-8), one code per line or cell. */
	@PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(SHARERS)
	ShareAnswer upload(@RequestPart("file") MultipartFile file, @RequestParam(required = false) Purpose purpose,
			@RequestParam(required = false) String department) throws IOException {
		return this.sharing.pull(new ShareRequest(purpose, ShareCodes.parse(bytes(file)), department));
	}

	@PostMapping(path = "/csv", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(SHARERS)
	void csv(@RequestBody Request body, HttpServletResponse response) throws IOException {
		ShareCsv.write(this.sharing.pull(body.toRequest()), response);
	}

	@PostMapping(path = "/sets", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(SHARERS)
	@ResponseStatus(HttpStatus.CREATED)
	CreatedSupervisionSet saveSet(@RequestBody SetRequest body) {
		return this.sharing.saveSet(body.name(),
				new Request(body.purpose(), body.codes(), body.text(), body.department()).toRequest(),
				(body.webhookUrl() == null || body.webhookUrl().isBlank()) ? null
						: WebhookUrl.parse(body.webhookUrl()));
	}

	@GetMapping("/sets")
	@PreAuthorize(SHARERS)
	List<SupervisionSet> sets(@RequestParam(required = false) String department) {
		return this.sharing.sets(department);
	}

	@GetMapping("/usage")
	@PreAuthorize(READERS)
	List<ShareUsage> usage(@RequestParam(required = false) String department,
			@RequestParam(defaultValue = "12") int months) {
		return this.sharing.usage(department, months);
	}

	static byte[] bytes(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new DomainException("GX-EXC-030", ProblemKind.BAD_REQUEST, "Upload a list of codes.");
		}
		if (file.getSize() > ShareCodes.MAX_BYTES) {
			throw new DomainException("GX-EXC-036", ProblemKind.BAD_REQUEST, "The list is too large.");
		}
		return file.getBytes();
	}

	/**
	 * A pull: the codes as a list, or as text (one per line, or CSV), or both.
	 *
	 * @param department the department the credit office pulls for (ignored for clerks)
	 */
	record Request(Purpose purpose, List<String> codes, String text, String department) {

		ShareRequest toRequest() {
			List<String> all = new ArrayList<>();
			if (this.codes != null) {
				all.addAll(this.codes);
			}
			all.addAll(ShareCodes.parse(this.text));
			return new ShareRequest(this.purpose, all, this.department);
		}

	}

	/**
	 * A supervision set to save; a webhook URL for push delivery, none for a pull feed.
	 */
	record SetRequest(String name, Purpose purpose, List<String> codes, String text, String department,
			String webhookUrl) {
	}

}
