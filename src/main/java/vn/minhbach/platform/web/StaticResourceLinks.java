package vn.minhbach.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot turns on its resource chain because the
 * WebJars locator is present, and with it a filter that passes every link of every page
 * ({@code @{/tin-tuc/…}} included) through the static-resource resolvers — a lookup inside the jar
 * per link, dozens per page, which made a public page cost tens of milliseconds. The product
 * uses no versioned resource URLs, so nothing is lost: version-less WebJars addresses are still
 * resolved when they are requested, by the resource handler itself.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
