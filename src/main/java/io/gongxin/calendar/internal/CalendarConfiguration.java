package io.gongxin.calendar.internal;

import io.gongxin.calendar.WorkingDays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingDays workingDays(CalendarYears years) {
		return new WorkingDays(years::current);
	}

}
