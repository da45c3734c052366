package io.gongxin.catalog;

/**
 * Which identifier an {@link FieldType#IDENTIFIER} field holds, so that ingestion can run
 * the matching checksum.
 */
public enum IdentifierKind {

	USCC("统一社会信用代码"), REGISTRATION_NUMBER("工商注册号"), ORGANIZATION_CODE("组织机构代码"), TAX_NUMBER("纳税人识别号"),
	INSTITUTION_CERTIFICATE("事业单位证书号"), SOCIAL_ORGANIZATION_CERTIFICATE("社会组织登记证号"),
	/** Depends on the document type given in a sibling field (证件类型). */
	DOCUMENT_NUMBER("按证件类型确定"), OTHER("其他标识");

	private final String label;

	IdentifierKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
