package io.gongxin.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a module's published domain event and says what happened and who may receive it.
 * Every event a module publishes carries it ({@code EventsDocumentedTests} checks this
 * and writes {@code docs/events.md} from it).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedEvent {

	/** What happened, in English, one sentence (for the catalogue). */
	String summary();

	/** The event's name as users see it (简体中文), e.g. 信用档案新增信息. */
	String title();

	/** Who may receive the event outside the module that raised it. */
	EventAudience[] audience() default { EventAudience.PLATFORM };

	/**
	 * Stable external type name for subscriptions and webhooks
	 * ({@code module.thing-happened}); empty for events that never leave the platform.
	 */
	String externalType() default "";

}
