package io.gongxin.lists;

/**
 * Whom a measure follows besides the listed subject itself. The records name legal
 * representatives (and an individual business's operator) with an id number; principals
 * and actual controllers are recognised by measures but no catalog field carries them
 * yet.
 */
public enum RepresentativeRole {

	LEGAL_REPRESENTATIVE("法定代表人"), PRINCIPAL("主要负责人"), ACTUAL_CONTROLLER("实际控制人");

	private final String label;

	RepresentativeRole(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
