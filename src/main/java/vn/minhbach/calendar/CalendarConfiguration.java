package vn.minhbach.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar(CalendarSchedules schedules, CalendarProperties properties, Clock clock) {
		return new WorkingCalendar(schedules::schedule, properties, clock);
	}
}
