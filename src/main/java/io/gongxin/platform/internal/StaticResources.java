package io.gongxin.platform.internal;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own paths only. Boot's default maps them at {@code /**}, which
 * makes every link a page renders ({@code /portal/subjects/42}) a candidate static file:
 * the resource chain then looks each one up on the class path, misses, and cannot cache a
 * miss — under load the server threads queued on the class loader's lock (the mixed load
 * bench found 59 of 64 blocked there). With the patterns below a page link is recognised
 * as not static at once. (Needs {@code spring.web.resources.add-mappings=false}.)
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(week)
				.resourceChain(true);
		}
		// version-agnostic webjar paths (/webjars/htmx.org/dist/htmx.min.js) need the
		// locator
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(week)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
