package io.gongxin.provider.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.gongxin.identifier.Uscc;
import io.gongxin.provider.AuthorityUnit;
import io.gongxin.provider.Jurisdiction;
import io.gongxin.provider.OutsideJurisdiction;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/providers")
class ProviderController {

	private final Providers providers;

	ProviderController(Providers providers) {
		this.providers = providers;
	}

	record ProviderForm(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}") String code,
			@NotBlank @Size(max = 100) String name, @Pattern(regexp = "[0-9A-Z]{18}") String uscc,
			@Pattern(regexp = "\\d{6}") String divisionCode, Boolean active, Integer version) {

		Provider toProvider() {
			return new Provider(this.code, this.name, this.uscc, this.divisionCode, this.active == null || this.active,
					(this.version == null) ? 0 : this.version);
		}

	}

	/** Credit office staff see all providers. */
	@GetMapping
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	List<Provider> list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "100") int limit) {
		return this.providers.list(after, limit);
	}

	/** A provider clerk sees only its own department. */
	@GetMapping("/{code}")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN', 'PROVIDER') and @departmentScope.allows(#code)")
	Provider get(@PathVariable String code) {
		return this.providers.get(code);
	}

	@GetMapping("/{code}/obligations")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN', 'PROVIDER') and @departmentScope.allows(#code)")
	Set<String> obligations(@PathVariable String code) {
		this.providers.get(code);
		return this.providers.obligations(code);
	}

	@PutMapping("/{code}/obligations")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	Set<String> setObligations(@PathVariable String code, @RequestBody Set<String> categories) {
		this.providers.setObligations(code, categories);
		return this.providers.obligations(code);
	}

	/** One unit of a jurisdiction as the API shows it: code and name. */
	record UnitView(String uscc, String name) {
	}

	record JurisdictionView(String providerCode, List<UnitView> units, OutsideJurisdiction outside,
			String outsideLabel) {

		static JurisdictionView of(Jurisdiction jurisdiction) {
			return new JurisdictionView(jurisdiction.providerCode(),
					jurisdiction.units().stream().map(u -> new UnitView(u.uscc().value(), u.name())).toList(),
					jurisdiction.outside(), jurisdiction.outside().label());
		}

	}

	record UnitForm(@NotBlank @Size(max = 40) String uscc, @Size(min = 1, max = 100) String name) {

		AuthorityUnit toUnit() {
			return new AuthorityUnit(Uscc.parse(this.uscc), this.name);
		}

	}

	record JurisdictionForm(@NotNull @Size(max = 1000) List<@Valid @NotNull UnitForm> units,
			@NotNull OutsideJurisdiction outside) {
	}

	/** The department's clerks may see which authorities they may file for. */
	@GetMapping("/{code}/jurisdiction")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN', 'PROVIDER') and @departmentScope.allows(#code)")
	JurisdictionView jurisdiction(@PathVariable String code) {
		return JurisdictionView.of(this.providers.jurisdiction(code));
	}

	@PutMapping("/{code}/jurisdiction")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	JurisdictionView setJurisdiction(@PathVariable String code, @Valid @RequestBody JurisdictionForm form) {
		return JurisdictionView.of(this.providers.setJurisdiction(code,
				form.units().stream().map(UnitForm::toUnit).toList(), form.outside()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	Provider register(@Valid @RequestBody ProviderForm form) {
		return this.providers.register(form.toProvider());
	}

	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Provider update(@PathVariable String code, @Valid @RequestBody ProviderForm form) {
		Provider provider = form.toProvider();
		return this.providers.update(new Provider(code, provider.name(), provider.uscc(), provider.divisionCode(),
				provider.active(), provider.version()));
	}

}
