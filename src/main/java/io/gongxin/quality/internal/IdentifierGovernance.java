package io.gongxin.quality.internal;

import io.gongxin.quality.CodeDefects;

/**
 * Where 重错码率 and 纠正率 come from. The identifier module is getting its own governance
 * facade; until it has one, {@link SubjectRegisterDefects} computes the figures from the
 * subject register, and only this interface's implementation will have to change.
 */
public interface IdentifierGovernance {

	CodeDefects defects();

}
