package io.gongxin.catalog;

/**
 * Which identifier an {@link FieldType#IDENTIFIER} field holds, so that ingestion can run
 * the matching checksum.
 */
public enum IdentifierKind {

	USCC, REGISTRATION_NUMBER, ORGANIZATION_CODE, TAX_NUMBER, INSTITUTION_CERTIFICATE, SOCIAL_ORGANIZATION_CERTIFICATE,
	/** Depends on the document type given in a sibling field (证件类型). */
	DOCUMENT_NUMBER, OTHER

}
