package io.gongxin.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * An event as people read it: the {@link PublishedEvent#title()} the event declares,
 * found by the Java class name the event publication registry stores or by the external
 * type a webhook message carries ({@code creditfile.item-published}).
 */
public final class EventTitles {

	private static volatile Map<String, String> titles;

	private EventTitles() {
	}

	public static Optional<String> of(String type) {
		return (type == null) ? Optional.empty() : Optional.ofNullable(titles().get(type));
	}

	/** The title, or words saying the event is not one of the platform's own. */
	public static String text(String type) {
		return of(type).orElse("其他事件");
	}

	private static Map<String, String> titles() {
		Map<String, String> known = titles;
		if (known == null) {
			known = scan();
			titles = known;
		}
		return known;
	}

	/** Every event the platform publishes, read once from the class path. */
	private static Map<String, String> scan() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				// events are records and other concrete classes, not beans
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(PublishedEvent.class));
		Map<String, String> found = new HashMap<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("io.gongxin")) {
			try {
				Class<?> type = Class.forName(definition.getBeanClassName(), false, EventTitles.class.getClassLoader());
				PublishedEvent event = type.getAnnotation(PublishedEvent.class);
				found.put(type.getName(), event.title());
				if (!event.externalType().isEmpty()) {
					found.put(event.externalType(), event.title());
				}
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// a class the scan saw but cannot load names no event people can see
			}
		}
		return Map.copyOf(found);
	}

}
