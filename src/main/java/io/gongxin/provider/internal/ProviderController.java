package io.gongxin.provider.internal;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
