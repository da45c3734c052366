/**
 * The register of credit subjects (信用主体) of every type, with their identifiers, names and
 * registration data, and a name index that serves Chinese search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subjects", allowedDependencies = { "audit", "platform" })
package io.gongxin.subject;
