package io.gongxin.identifier;

/** Sex as encoded in position 17 of a citizen id (odd male, even female). */
public enum Sex {

	MALE, FEMALE

}
