package io.gongxin.measures;

import io.gongxin.lists.RepresentativeRole;

/** Whom a measure lands on: the listed subject itself, or a person standing for it. */
public enum MeasureTarget {

	SUBJECT("失信主体本身", null), LEGAL_REPRESENTATIVE("法定代表人", RepresentativeRole.LEGAL_REPRESENTATIVE),
	PRINCIPAL("主要负责人", RepresentativeRole.PRINCIPAL), ACTUAL_CONTROLLER("实际控制人", RepresentativeRole.ACTUAL_CONTROLLER);

	private final String label;

	private final RepresentativeRole role;

	MeasureTarget(String label, RepresentativeRole role) {
		this.label = label;
		this.role = role;
	}

	public String label() {
		return this.label;
	}

	public static MeasureTarget of(RepresentativeRole role) {
		for (MeasureTarget target : values()) {
			if (target.role == role) {
				return target;
			}
		}
		throw new IllegalArgumentException(String.valueOf(role));
	}

}
