package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;

/**
 * The reviewed role and personal-data declarations of the shipped categories
 * ({@code catalog/field-roles.json}). They are kept apart from the edition files because
 * those are frozen by the seed migration's checksum; the same declarations are applied to
 * the seed and, once, to every stored version (V702).
 */
final class FieldRoleDeclarations {

	static final String RESOURCE = CatalogSeed.ROOT + "field-roles.json";

	/**
	 * Declarations added after {@link #RESOURCE} was applied to stored versions (V702),
	 * applied by V703: the list roles (issue 15).
	 */
	static final String LIST_RESOURCE = CatalogSeed.ROOT + "field-roles-lists.json";

	record Declarations(String note, Map<String, CategoryDeclaration> categories) {
	}

	record CategoryDeclaration(Map<String, FieldRole> roles, Set<String> personal) {

		CategoryDeclaration {
			roles = (roles == null) ? Map.of() : Map.copyOf(roles);
			personal = (personal == null) ? Set.of() : Set.copyOf(personal);
		}

		CategoryDeclaration plus(CategoryDeclaration later) {
			Map<String, FieldRole> allRoles = new java.util.HashMap<>(this.roles);
			allRoles.putAll(later.roles());
			Set<String> allPersonal = new java.util.HashSet<>(this.personal);
			allPersonal.addAll(later.personal());
			return new CategoryDeclaration(allRoles, allPersonal);
		}

	}

	private final Map<String, CategoryDeclaration> categories;

	private FieldRoleDeclarations(Map<String, CategoryDeclaration> categories) {
		this.categories = categories;
	}

	static FieldRoleDeclarations shipped() {
		Map<String, CategoryDeclaration> merged = new java.util.HashMap<>(
				CatalogJson.resource(RESOURCE, Declarations.class).categories());
		CatalogJson.resource(LIST_RESOURCE, Declarations.class)
			.categories()
			.forEach((code, added) -> merged.merge(code, added, CategoryDeclaration::plus));
		return new FieldRoleDeclarations(Map.copyOf(merged));
	}

	/**
	 * The category with the declared roles and personal marks; a role declared here is
	 * taken from any other field that played it, so a category never has two. Fields the
	 * declarations do not name keep what they had.
	 */
	CategoryDefinition apply(CategoryDefinition category) {
		CategoryDeclaration declaration = this.categories.get(category.code());
		if (declaration == null) {
			return category;
		}
		List<FieldDefinition> fields = new ArrayList<>(category.fields().size());
		for (FieldDefinition field : category.fields()) {
			FieldRole declared = declaration.roles().get(field.code());
			FieldDefinition updated = field;
			if (declared != null) {
				updated = updated.withRole(declared);
			}
			else if (field.role() != null && declaration.roles().containsValue(field.role())) {
				updated = updated.withRole(null);
			}
			if (declaration.personal().contains(field.code())) {
				updated = updated.withPersonal(true);
			}
			fields.add(updated);
		}
		return new CategoryDefinition(category.code(), category.name(), category.section(), category.sectionName(),
				category.origin(), category.legalBasis(), category.subjectTypes(), category.nature(),
				category.severityTiers(), category.publicity(), fields, category.configurable(), category.note());
	}

}
