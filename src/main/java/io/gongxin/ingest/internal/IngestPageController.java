package io.gongxin.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Ingestion;
import io.gongxin.ingest.ProblemFilter;
import io.gongxin.ingest.ProblemGroup;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageOutcome;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.ProblemTexts;
import io.gongxin.provider.Providers;
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
			// the page again with the provider and category still chosen; a file cannot
			// be
			// kept, so the mistake is shown below the file input to choose it again
			return PageOutcome.refused("/ingest", ex, Map.of(PageOutcome.ANY_INPUT_PROBLEM, "file"));
		}
	}

	@GetMapping("/ingest/batches/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String batch(@PathVariable UUID id, Model model) {
		BatchReceipt receipt = visible(id);
		model.addAttribute("batch", receipt);
		model.addAttribute("rejections", this.ingestion.rejections(id, 0, 200));
		model.addAttribute("groups",
				(receipt.rejected() > 0)
						? this.ingestion.problemGroups(new ProblemFilter(receipt.providerCode(), id, null, null, null))
						: List.of());
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
			redirect.addFlashAttribute("error", ProblemTexts.of(ex.code()).orElse("未能重新校验本批次。"));
			return "redirect:/ingest/batches/" + id;
		}
	}

	@GetMapping("/ingest/problem-data")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String problemData(@RequestParam(required = false) String provider, @RequestParam(required = false) UUID batch,
			@RequestParam(required = false) String rule, @RequestParam(required = false) String field,
			@RequestParam(required = false) ProblemFilter.Age age,
			@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, Model model) {
		String own = ownDepartment();
		String shown = (own != null) ? own : blankToNull(provider);
		if (batch != null) {
			// another department's batch is not found, like its receipt
			visible(batch);
		}
		// "-" in a link stands for reasons about the whole row (no field)
		String fieldCode = (field == null || field.isBlank()) ? null : ("-".equals(field) ? "" : field.strip());
		ProblemFilter filter = new ProblemFilter(shown, batch, rule, fieldCode, age);
		// what to fix first: one line per kind of problem, then the rows newest first;
		// the
		// kinds are counted without the rule and field chosen, so the choice can change
		List<ProblemGroup> all = this.ingestion
			.problemGroups(new ProblemFilter(shown, filter.batch(), null, null, filter.age()));
		java.util.Map<String, String> rules = new java.util.LinkedHashMap<>();
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (ProblemGroup group : all) {
			rules.putIfAbsent(group.rule(), group.ruleName());
			fields.putIfAbsent((group.field() == null) ? "-" : group.field(), group.fieldName());
		}
		model.addAttribute("rules", rules);
		model.addAttribute("fields", fields);
		model.addAttribute("groups",
				all.stream()
					.filter(g -> filter.rule() == null || filter.rule().equals(g.rule()))
					.filter(g -> filter.field() == null || filter.field().equals((g.field() == null) ? "" : g.field()))
					.toList());
		model.addAttribute("rows", this.ingestion.newestOpenRejections(filter, before, 100));
		model.addAttribute("provider", shown);
		model.addAttribute("filter", filter);
		model.addAttribute("fieldParam", (fieldCode == null) ? null : (fieldCode.isEmpty() ? "-" : fieldCode));
		model.addAttribute("ages", ProblemFilter.Age.values());
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
