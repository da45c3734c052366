package io.gongxin.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Providers;
import io.gongxin.platform.ActingUser;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.DepartmentScope;
import io.gongxin.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The intake screens: a clerk uploads files and reads receipts; credit office staff
 * follow every department's batches, progress and problem data.
 */
@Controller
class IngestPageController {

	private final Ingestion ingestion;

	private final Providers providers;

	private final DepartmentScope scope;

	IngestPageController(Ingestion ingestion, Providers providers, DepartmentScope scope) {
		this.ingestion = ingestion;
		this.providers = providers;
		this.scope = scope;
	}

	@GetMapping("/ingest")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String batches(@RequestParam(required = false) String provider, Model model) {
		String own = ownDepartment();
		String shown = (own != null) ? own : blankToNull(provider);
		model.addAttribute("batches", this.ingestion.batches(shown, null, 100));
		model.addAttribute("provider", shown);
		model.addAttribute("providers",
				(own != null) ? List.of(this.providers.get(own)) : this.providers.list(null, 500));
		model.addAttribute("mayUpload", own != null || is(Role.OFFICER));
		return "ingest/batches";
	}

	@PostMapping("/ingest/uploads")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	String upload(@RequestParam String provider, @RequestParam String category, @RequestParam MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		this.scope.require(provider);
		try (InputStream content = file.getInputStream()) {
			BatchReceipt receipt = this.ingestion.submitFile(provider, category, file.getOriginalFilename(), content,
					file.getSize() > 5_000_000);
			return "redirect:/ingest/batches/" + receipt.batchId();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ex.getMessage() + "（" + ex.code() + "）");
			return "redirect:/ingest";
		}
	}

	@GetMapping("/ingest/batches/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String batch(@PathVariable UUID id, Model model) {
		BatchReceipt receipt = visible(id);
		model.addAttribute("batch", receipt);
		model.addAttribute("rejections", this.ingestion.rejections(id, 0, 200));
		model.addAttribute("mayRevalidate", receipt.rejected() > 0 && (is(Role.PROVIDER) || is(Role.OFFICER)));
		return "ingest/batch";
	}

	/** The receipt alone, polled by htmx while a large batch is processed. */
	@GetMapping("/ingest/batches/{id}/status")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String status(@PathVariable UUID id, Model model) {
		model.addAttribute("batch", visible(id));
		return "ingest/batch :: receipt";
	}

	@PostMapping("/ingest/batches/{id}/revalidation")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	String revalidate(@PathVariable UUID id, RedirectAttributes redirect) {
		visible(id);
		try {
			return "redirect:/ingest/batches/" + this.ingestion.revalidate(id).batchId();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/ingest/batches/" + id;
		}
	}

	@GetMapping("/ingest/problem-data")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String problemData(@RequestParam(required = false) String provider,
			@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, Model model) {
		String own = ownDepartment();
		String shown = (own != null) ? own : blankToNull(provider);
		// what to fix first: one line per kind of problem, then the rows newest first
		model.addAttribute("groups", this.ingestion.problemGroups(shown));
		model.addAttribute("rows", this.ingestion.newestOpenRejections(shown, before, 100));
		model.addAttribute("provider", shown);
		model.addAttribute("first", before == Long.MAX_VALUE);
		return "ingest/problem-data";
	}

	private BatchReceipt visible(UUID id) {
		BatchReceipt receipt = this.ingestion.receipt(id);
		if (!this.scope.allows(receipt.providerCode())) {
			throw new DomainException("GX-ING-011", ProblemKind.NOT_FOUND, "No batch " + id + ".");
		}
		return receipt;
	}

	private static String ownDepartment() {
		return ActingUser.current().map(ActingUser::departmentCode).orElse(null);
	}

	private static boolean is(Role role) {
		return CurrentActor.get().map(actor -> actor.role() == role).orElse(false);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
