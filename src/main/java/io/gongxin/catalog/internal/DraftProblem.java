package io.gongxin.catalog.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.platform.DomainException;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A refused draft edit as the draft pages show it: a Chinese headline, the stable code
 * (officers quote it to the help desk and it matches the API's problem documents) and the
 * reasons, translated where the wording is known. Serializable because it travels to the
 * next page as a flash attribute.
 *
 * @param code stable error code, e.g. {@code GX-CAT-006}
 * @param title Chinese headline
 * @param reasons what exactly is wrong, one line each
 * @param message the domain's own message, for the record (logs, never shown)
 * @param inputs the mistake per form input it concerns, shown below that input
 */
record DraftProblem(String code, String title, List<String> reasons, String message,
		Map<String, String> inputs) implements Serializable {

	/** Refusals that concern one input of the forms whatever their details say. */
	private static final Map<String, String> INPUT_OF_CODE = Map.of("GX-CAT-004", "label", "GX-CAT-007",
			"effectiveFrom", "GX-CAT-014", "code", "GX-CAT-008", "basedOn");

	private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("GX-CAT-001", "目录版本不存在"),
			Map.entry("GX-CAT-002", "草案中没有该信息类别"), Map.entry("GX-CAT-003", "该版本已发布，不能再修改；如需调整请另提草案"),
			Map.entry("GX-CAT-004", "版本标识已被使用，请换一个"), Map.entry("GX-CAT-005", "目录定义不符合要求"),
			Map.entry("GX-CAT-006", "数据项涉及敏感个人信息，不得定义"), Map.entry("GX-CAT-007", "生效日期不符合要求：不得早于今天，且须晚于最新已发布版本的生效日期"),
			Map.entry("GX-CAT-008", "当日没有现行的目录版本，请选择所依据的版本"), Map.entry("GX-CAT-010", "草案中没有该代码表"),
			Map.entry("GX-CAT-011", "空目录不能发布"), Map.entry("GX-CAT-012", "代码表仍被信息类别使用，不能删除"),
			Map.entry("GX-CAT-013", "信息类别中没有该数据项"), Map.entry("GX-CAT-014", "草案中已有相同代码，请换一个代码或编辑已有项"),
			Map.entry("GX-CAT-015", "另有版本以该草案为依据，不能废弃"), Map.entry("GX-CAT-016", "信息类别未指定必需的数据项用途，不能发布"),
			Map.entry("GX-REQ-001", "填写内容不符合要求"));

	DraftProblem {
		reasons = List.copyOf(reasons);
		inputs = Map.copyOf(inputs);
	}

	/** The mistake to show below an input, or null. */
	public String at(String input) {
		return this.inputs.get(input);
	}

	static DraftProblem of(DomainException ex) {
		List<String> reasons = new ArrayList<>();
		Map<String, String> inputs = new LinkedHashMap<>();
		Map<String, Object> details = ex.details();
		String title = TITLES.getOrDefault(ex.code(), "操作未能完成");
		if (INPUT_OF_CODE.containsKey(ex.code())) {
			inputs.put(INPUT_OF_CODE.get(ex.code()), title);
		}
		if (details.get("errors") instanceof Collection<?> errors) {
			for (Object error : errors) {
				String reason = DraftReasons.translate(String.valueOf(error));
				reasons.add(reason);
				DraftReasons.input(String.valueOf(error))
					.ifPresent(input -> inputs.merge(input, reason, (a, b) -> a + "；" + b));
			}
		}
		if (details.get("fields") instanceof Collection<?> fields) {
			fields.forEach(field -> reasons.add("数据项 " + field));
		}
		if (details.get("categories") instanceof Collection<?> categories) {
			reasons.add("使用该代码表的信息类别：" + String.join("、", categories.stream().map(String::valueOf).toList()));
		}
		if (details.get("missing") instanceof Collection<?> missing) {
			missing.forEach(line -> reasons.add(String.valueOf(line)));
		}
		if (details.get("latestEffectiveFrom") != null) {
			reasons.add("最新已发布版本自 " + details.get("latestEffectiveFrom") + " 起生效");
		}
		return new DraftProblem(ex.code(), title, reasons, ex.getMessage(), inputs);
	}

	/**
	 * Form input that could not even be read (a letter in a number field, an unknown
	 * option), or that breaks a declared constraint.
	 */
	static DraftProblem of(BindingResult binding, Map<String, String> fieldLabels) {
		List<String> reasons = new ArrayList<>();
		Map<String, String> inputs = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String label = fieldLabels.getOrDefault(error.getField(), error.getField());
			String what = error.isBindingFailure() ? "格式不正确" : error.getDefaultMessage();
			reasons.add(label + "：" + what);
			inputs.put(error.getField(), label + what);
		}
		binding.getGlobalErrors().forEach(error -> reasons.add(error.getDefaultMessage()));
		return new DraftProblem("GX-REQ-001", TITLES.get("GX-REQ-001"), reasons, "Validation failed.", inputs);
	}

}
