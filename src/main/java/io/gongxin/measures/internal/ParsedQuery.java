package io.gongxin.measures.internal;

import io.gongxin.subject.SubjectKey;

/**
 * A checked subject query: by key (USCC or citizen id) or by an organisation's name.
 *
 * @param display what was asked, as the answer repeats it (a citizen id masked)
 */
public record ParsedQuery(int index, SubjectKey key, String name, String display) {
}
