package io.gongxin.catalog;

/** A draft can be edited; a published version is frozen for ever. */
public enum VersionStatus {

	DRAFT, PUBLISHED

}
