package io.gongxin.catalog;

/** Whether a field must be filled. */
public enum Requirement {

	MANDATORY, CONDITIONAL, OPTIONAL

}
