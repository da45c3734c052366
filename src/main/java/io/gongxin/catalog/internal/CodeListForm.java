package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.gongxin.catalog.CodeEntry;
import io.gongxin.catalog.CodeList;

/**
 * The code-list form of the draft pages. Entries are one per line, code and label
 * separated by a space or a tab ("03 罚款"), the way such lists are pasted from a notice or
 * a spreadsheet.
 */
record CodeListForm(String code, String name, String entries, Boolean configurable, String note) {

	static CodeListForm empty() {
		return new CodeListForm(null, null, null, false, null);
	}

	static CodeListForm of(CodeList list) {
		String entries = list.entries()
			.stream()
			.map(entry -> entry.code() + " " + entry.label())
			.collect(Collectors.joining("\n"));
		return new CodeListForm(list.code(), list.name(), entries, list.configurable(), list.note());
	}

	CodeListForm withCode(String listCode) {
		return new CodeListForm(listCode, this.name, this.entries, this.configurable, this.note);
	}

	/**
	 * @throws io.gongxin.platform.DomainException {@code GX-CAT-005} if a line has no
	 * label or the list breaks an invariant
	 */
	CodeList toCodeList() {
		List<CodeEntry> parsed = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		String[] lines = (this.entries != null) ? this.entries.split("\\R") : new String[0];
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("[\\s\\u3000]+", 2);
			if (parts.length < 2) {
				errors.add("取值第" + (i + 1) + "行缺少名称：代码与名称之间用空格分隔，如“03 罚款”");
				continue;
			}
			parsed.add(DraftReasons.valid(() -> new CodeEntry(parts[0], parts[1].strip())));
		}
		if (!errors.isEmpty()) {
			throw DraftValidation.invalid(errors);
		}
		return DraftReasons.valid(() -> new CodeList(FieldForm.trim(this.code), FieldForm.blankToNull(this.name),
				parsed, Boolean.TRUE.equals(this.configurable), FieldForm.blankToNull(this.note)));
	}

}
