package io.gongxin.identifier.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.gongxin.identifier.DivisionCode;
import io.gongxin.identifier.DuplicateCode;
import io.gongxin.identifier.IdentifierRegistry;
import io.gongxin.identifier.MissedCorrection;
import io.gongxin.identifier.QualityFigures;
import io.gongxin.identifier.Regions;
import io.gongxin.identifier.Registration;
import io.gongxin.identifier.HolderCategory;

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

/** 重错码 governance for credit office staff. */
@RestController
@RequestMapping("/api/identifiers")
@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
class GovernanceController {

	private final IdentifierRegistry registry;

	private final Regions regions;

	GovernanceController(IdentifierRegistry registry, Regions regions) {
		this.regions = regions;
		this.registry = registry;
	}

	record RegistrationForm(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 200) String subjectName,
			@NotNull HolderCategory subjectType, @NotBlank @Size(max = 100) String authority,
			@NotBlank @Size(min = 6, max = 6) String division, @Size(max = 100) String sourceRef) {
	}

	record CorrectionForm(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 500) String reason,
			@NotNull Integer version) {
	}

	record QualityRow(String authority, String division, long total, long invalid, long duplicate, long defective,
			long corrected, double defectRate, double correctionRate, boolean meetsTarget) {

		static QualityRow of(QualityFigures figures) {
			return new QualityRow(figures.authority(), figures.division(), figures.total(), figures.invalid(),
					figures.duplicate(), figures.defective(), figures.corrected(), figures.defectRate(),
					figures.correctionRate(), figures.meetsTarget());
		}

	}

	record QualityReport(double targetDefectRate, String target, List<QualityRow> rows) {
	}

	/**
	 * For manual imports: the organisation is entered in the subject register, which owns
	 * codes; subjects the register learns of otherwise reach governance by its events.
	 */
	@PostMapping("/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	Registration register(@Valid @RequestBody RegistrationForm form) {
		return this.registry.register(form.code(), form.subjectName(), form.subjectType(), form.authority(),
				new DivisionCode(form.division()), form.sourceRef());
	}

	@GetMapping("/registrations/{id}")
	Registration registration(@PathVariable long id) {
		return this.registry.get(id);
	}

	@PostMapping("/registrations/{id}/corrections")
	Registration correct(@PathVariable long id, @Valid @RequestBody CorrectionForm form) {
		return this.registry.correct(id, form.version(), form.code(), form.reason());
	}

	@GetMapping("/invalid")
	List<Registration> invalid(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "100") int limit) {
		return this.registry.invalid(after, limit);
	}

	@GetMapping("/duplicates")
	List<DuplicateCode> duplicates(@RequestParam(defaultValue = "") String after,
			@RequestParam(defaultValue = "100") int limit) {
		return this.registry.duplicates(after, limit);
	}

	@GetMapping("/missed-corrections")
	List<MissedCorrection> missedCorrections(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "100") int limit) {
		return this.registry.missedCorrections(after, limit);
	}

	@GetMapping("/quality")
	QualityReport quality() {
		return new QualityReport(QualityFigures.TARGET_DEFECT_RATE, "0.005%",
				this.registry.quality().stream().map(QualityRow::of).toList());
	}

	/** The same figures as CSV; rows above the 0.005 % target are flagged. */
	@GetMapping(path = "/quality", params = "format=csv")
	void qualityCsv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"identifier-quality.csv\"");
		OutputStreamWriter writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CsvWriter csv = CsvWriter.builder().build(writer);
		// the division by name, its code beside it for clerks who sort by it; the
		// total row ("*" in the API) reads 合计
		csv.writeRecord("登记机关", "行政区划", "行政区划代码", "登记数", "错码数", "重码数", "重错码数", "已纠正数", "重错码率", "纠正率", "目标(≤0.005%)");
		for (QualityFigures row : this.registry.quality()) {
			boolean total = "*".equals(row.authority());
			csv.writeRecord(total ? "合计" : row.authority(), total ? "" : this.regions.text(row.division()),
					total ? "" : row.division(), String.valueOf(row.total()), String.valueOf(row.invalid()),
					String.valueOf(row.duplicate()), String.valueOf(row.defective()), String.valueOf(row.corrected()),
					percent(row.defectRate()), percent(row.correctionRate()), row.meetsTarget() ? "达标" : "超标 ⚠");
		}
		csv.flush();
	}

	private static String percent(double rate) {
		return String.format(Locale.ROOT, "%.4f%%", rate * 100);
	}

}
