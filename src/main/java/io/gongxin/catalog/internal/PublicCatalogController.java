package io.gongxin.catalog.internal;

import java.util.List;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CatalogRules;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.ExclusionPolicy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog in force is public information (目录向社会公开): providers read the field layouts
 * they must file, citizens read what may be held about them.
 */
@RestController
@RequestMapping("/api/public/catalog")
class PublicCatalogController {

	private final Catalogs catalogs;

	private final CatalogRules rules;

	PublicCatalogController(Catalogs catalogs, CatalogRules rules) {
		this.catalogs = catalogs;
		this.rules = rules;
	}

	@GetMapping
	@PreAuthorize("permitAll()")
	CatalogContent inForce() {
		return this.catalogs.content(this.catalogs.versionInForceToday().id());
	}

	@GetMapping("/categories/{code}")
	@PreAuthorize("permitAll()")
	CategoryDefinition category(@PathVariable String code) {
		return this.catalogs.category(this.catalogs.versionInForceToday().id(), code);
	}

	@GetMapping("/exclusions")
	@PreAuthorize("permitAll()")
	List<ExclusionPolicy> exclusions() {
		return this.rules.exclusionPolicies();
	}

}
