package io.gongxin.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.catalog.CatalogRules;
import io.gongxin.catalog.CatalogVersion;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.Problems;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages to browse catalog versions and compare them (Chinese UI); the versions list also
 * holds the form that proposes a draft ({@link CatalogDraftPageController}).
 */
@Controller
@RequestMapping("/catalog")
@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
class CatalogPageController {

	private final Catalogs catalogs;

	private final CatalogRules rules;

	private final Clock clock;

	CatalogPageController(Catalogs catalogs, CatalogRules rules, Clock clock) {
		this.catalogs = catalogs;
		this.rules = rules;
		this.clock = clock;
	}

	@GetMapping
	String versions(Model model) {
		List<CatalogVersion> versions = this.catalogs.versions();
		Optional<CatalogVersion> inForce = this.catalogs.findVersionInForce(LocalDate.now(this.clock));
		Long inForceId = inForce.map(v -> v.id().value()).orElse(null);
		model.addAttribute("versions", versions);
		model.addAttribute("inForceId", inForceId);
		// a draft is proposed from a published version (the one in force unless chosen);
		// after a refused proposal the flash attribute keeps what was typed
		model.addAttribute("published", versions.stream().filter(v -> !v.isDraft()).toList());
		if (model.getAttribute("proposal") == null) {
			model.addAttribute("proposal", new CatalogController.ProposalForm(null, null, null, inForceId));
		}
		model.addAttribute("policies", this.rules.exclusionPolicies());
		model.addAttribute("minorTerms", this.rules.minorMisconductTerms());
		return "catalog/versions";
	}

	@GetMapping("/diff")
	String diff(@RequestParam long from, @RequestParam long to, Model model) {
		model.addAttribute("diff",
				this.catalogs.diff(CatalogController.versionId(from), CatalogController.versionId(to)));
		return "catalog/diff";
	}

	@GetMapping("/{version}")
	String version(@PathVariable long version, Model model) {
		model.addAttribute("catalog", this.catalogs.content(CatalogController.versionId(version)));
		return "catalog/version";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String badParameter(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("status", 400);
		model.addAttribute("code", "GX-REQ-003");
		model.addAttribute("correlationId", Problems.correlationId(request));
		return "error";
	}

}
