package io.gongxin.subscription;

import java.util.Set;

/**
 * Why a subscriber receives credit information: stated on every subscription, checked
 * against who it is.
 */
public enum Purpose {

	JOINT_MEASURES("联合奖惩",
			Set.of(SubscriberKind.DEPARTMENT, SubscriberKind.CREDIT_OFFICE, SubscriberKind.PEER_PLATFORM)),
	SUPERVISION("信用监管", Set.of(SubscriberKind.DEPARTMENT, SubscriberKind.CREDIT_OFFICE)),
	CREDIT_CHECK("信用核查", Set.of(SubscriberKind.DEPARTMENT, SubscriberKind.CREDIT_OFFICE)),
	LENDING("信贷审批（信易贷）", Set.of(SubscriberKind.BANK)),
	DATA_SHARING("数据共享", Set.of(SubscriberKind.PEER_PLATFORM, SubscriberKind.CREDIT_OFFICE)),
	QUALITY("数据质量治理", Set.of(SubscriberKind.DEPARTMENT, SubscriberKind.CREDIT_OFFICE)),
	WORK_REMINDER("待办提醒", Set.of(SubscriberKind.DEPARTMENT, SubscriberKind.CREDIT_OFFICE)),
	/**
	 * A licensed agency's credit services (征信、信用评级等), on public information only: it must
	 * stop using what left publicity or was repaired.
	 */
	CREDIT_SERVICE("信用服务（公开信息）", Set.of(SubscriberKind.AGENCY));

	private final String label;

	private final Set<SubscriberKind> kinds;

	Purpose(String label, Set<SubscriberKind> kinds) {
		this.label = label;
		this.kinds = kinds;
	}

	public String label() {
		return this.label;
	}

	public boolean fits(SubscriberKind kind) {
		return this.kinds.contains(kind);
	}

}
