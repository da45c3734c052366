package io.gongxin.subscription.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subscription.SubscriberKind;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The event types that may leave the platform: every {@link PublishedEvent} with an
 * external type, as the publishing module declared it (one owner for who may receive it).
 */
@Component
class EventCatalogue {

	private final Map<String, ExternalType> types;

	EventCatalogue() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(PublishedEvent.class));
		Map<String, ExternalType> found = new TreeMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.gongxin")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
			PublishedEvent declared = type.getAnnotation(PublishedEvent.class);
			if (declared != null && !declared.externalType().isEmpty()) {
				found.put(declared.externalType(), new ExternalType(declared.externalType(), declared.title(),
						Set.copyOf(Arrays.asList(declared.audience())), type));
			}
		}
		this.types = Map.copyOf(found);
	}

	Optional<ExternalType> find(String type) {
		return Optional.ofNullable(this.types.get(type));
	}

	Collection<ExternalType> all() {
		return new TreeMap<>(this.types).values();
	}

	/** An event type a subscriber may ask for. */
	record ExternalType(String type, String title, Set<EventAudience> audience, Class<?> payload) {

		boolean admits(SubscriberKind kind) {
			return kind.audiences().stream().anyMatch(this.audience::contains);
		}

		/**
		 * Whether a department receives only the entries that concern it (the event is
		 * for the department concerned, not for departments at large).
		 */
		boolean ownDepartmentOnly() {
			return this.audience.contains(EventAudience.OWN_DEPARTMENT)
					&& !this.audience.contains(EventAudience.DEPARTMENTS);
		}

		public String audienceLabels() {
			return String.join("、",
					this.audience.stream()
						.filter(a -> a != EventAudience.PLATFORM)
						.sorted()
						.map(EventAudience::label)
						.toList());
		}

	}

}
