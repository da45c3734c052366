package io.gongxin.inbox;

/**
 * A department's unfinished work.
 *
 * @param departmentName the department's name, for people ({@code null} until filled)
 */
public record DepartmentBacklog(String departmentCode, String departmentName, long open, long nearDue, long overdue) {

	public DepartmentBacklog named(String name) {
		return new DepartmentBacklog(this.departmentCode, name, this.open, this.nearDue, this.overdue);
	}

}
