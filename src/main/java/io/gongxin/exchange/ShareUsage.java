package io.gongxin.exchange;

/**
 * One department's pulls in one month for one purpose, for the monitoring dashboard.
 *
 * @param department the department; {@code null} for the credit office
 * @param month {@code yyyy-MM}, in the platform's time zone
 * @param subjects subjects whose credit files were returned
 * @param refused codes refused as outside the department's scope
 * @param notFound codes no subject holds
 */
public record ShareUsage(String department, String departmentName, String month, String purpose, String purposeName,
		long queries, long subjects, long refused, long notFound, long invalid, long items) {

}
