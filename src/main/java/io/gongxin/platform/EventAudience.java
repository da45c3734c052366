package io.gongxin.platform;

/**
 * Who may receive a published event outside the module that raised it. Declared once on
 * the event ({@link PublishedEvent}); the subscription module checks a subscriber against
 * it, and {@code docs/events.md} lists it.
 */
public enum EventAudience {

	/** Only other modules of the platform; never delivered outside. */
	PLATFORM("平台内部模块"),
	/** Credit office staff and systems (信用办). */
	CREDIT_OFFICE("信用办"),
	/**
	 * The department the event concerns (the provider that filed the data, the task
	 * owner).
	 */
	OWN_DEPARTMENT("所涉部门"),
	/** Any department within its supervision scope (region, industry, category). */
	DEPARTMENTS("各部门"),
	/** Banks, only for subjects they name in a code list (信易贷). */
	BANKS("金融机构"),
	/** Peer credit platforms (上级或同级信用平台). */
	PEER_PLATFORMS("其他信用平台"),
	/**
	 * Licensed credit service agencies (备案征信机构 / 信用服务机构): public information about
	 * organisations only, never natural persons, never what is not in publicity.
	 */
	AGENCIES("信用服务机构");

	private final String label;

	EventAudience(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
