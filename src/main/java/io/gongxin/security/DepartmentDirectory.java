package io.gongxin.security;

import java.util.Map;

/**
 * The departments accounts and API keys can be bound to, by code with their names, for
 * the administrator's pages. The provider module implements it: security cannot depend on
 * that module, which depends (through identifiers) on this one.
 */
public interface DepartmentDirectory {

	/** Every department's name by its code, in code order. */
	Map<String, String> names();

}
