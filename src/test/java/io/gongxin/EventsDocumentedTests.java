package io.gongxin;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event a module publishes declares what happened and who may receive it
 * ({@link PublishedEvent}), and {@code docs/events.md} is written from those declarations
 * on every run, with each event's payload and the modules that listen to it. Regenerate
 * with {@code ./mvnw -B -o test -Dtest=EventsDocumentedTests}.
 */
class EventsDocumentedTests {

	static final Path DOC = Path.of("docs/events.md");

	private static final ApplicationModules MODULES = ApplicationModules.of(GongxinApplication.class);

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.gongxin");

	@Test
	void everyPublishedEventDeclaresItsMeaningAndAudience() {
		List<String> undeclared = published().values()
			.stream()
			.flatMap(List::stream)
			.filter(type -> !type.isAnnotationPresent(PublishedEvent.class))
			.map(Class::getName)
			.toList();
		assertThat(undeclared).as("published events without @PublishedEvent").isEmpty();
	}

	@Test
	void externalTypesAreUniqueAndNamedModuleDotThing() {
		List<PublishedEvent> external = published().values()
			.stream()
			.flatMap(List::stream)
			.map(type -> type.getAnnotation(PublishedEvent.class))
			.filter(declared -> declared != null && !declared.externalType().isEmpty())
			.toList();
		assertThat(external).extracting(PublishedEvent::externalType)
			.doesNotHaveDuplicates()
			.allMatch(name -> name.matches("[a-z]+\\.[a-z]+(-[a-z]+)*"));
		assertThat(external).allSatisfy(declared -> assertThat(declared.audience()).as(declared.externalType())
			.isNotEmpty()
			.isNotEqualTo(new EventAudience[] { EventAudience.PLATFORM }));
	}

	@Test
	void docsEventsMdListsEveryPublishedEvent() throws IOException {
		String rendered = render(published(), listeners());
		String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
		Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
		assertThat(committed).as("%s was out of date and has been regenerated: review and commit it", DOC)
			.isEqualTo(rendered);
	}

	/**
	 * The events each module publishes, by module name, in a stable order: records of a
	 * module's root package that a method constructs and hands to
	 * {@code ApplicationEventPublisher.publishEvent}, plus every declared one.
	 */
	static Map<String, List<Class<?>>> published() {
		Set<JavaClass> events = new TreeSet<>(Comparator.comparing(JavaClass::getName));
		for (JavaClass type : CLASSES) {
			if (type.isAnnotatedWith(PublishedEvent.class)) {
				events.add(type);
			}
			for (JavaMethod method : type.getMethods()) {
				List<Integer> publishLines = method.getMethodCallsFromSelf()
					.stream()
					.filter(call -> call.getTargetOwner().isAssignableTo(ApplicationEventPublisher.class)
							&& call.getName().equals("publishEvent"))
					.map(call -> call.getLineNumber())
					.toList();
				// an event is constructed in the publishing statement itself
				method.getConstructorCallsFromSelf()
					.stream()
					.filter(call -> publishLines.stream().anyMatch(line -> Math.abs(line - call.getLineNumber()) <= 1))
					.map(call -> call.getTargetOwner())
					.filter(owner -> owner.isRecord() && owner.getPackageName().matches("io\\.gongxin\\.[a-z]+"))
					.forEach(events::add);
			}
		}
		Map<String, List<Class<?>>> byModule = new TreeMap<>();
		for (JavaClass event : events) {
			String module = event.getPackageName().substring("io.gongxin.".length());
			byModule.computeIfAbsent(module, name -> new ArrayList<>()).add(load(event));
		}
		byModule.values().forEach(list -> list.sort(Comparator.comparing(Class::getSimpleName)));
		return byModule;
	}

	/** Which modules listen to each event type. */
	static Map<String, Set<String>> listeners() {
		Map<String, Set<String>> listening = new TreeMap<>();
		for (ApplicationModule module : MODULES) {
			for (JavaClass type : module.getEventsListenedTo(MODULES)) {
				listening.computeIfAbsent(type.getName(), name -> new TreeSet<>())
					.add(module.getIdentifier().toString());
			}
		}
		return listening;
	}

	static String render(Map<String, List<Class<?>>> published, Map<String, Set<String>> listeners) {
		StringBuilder out = new StringBuilder();
		out.append("# Domain events\n\n")
			.append("Generated by `EventsDocumentedTests` from the `@PublishedEvent` declarations: do not edit by hand.\n\n")
			.append("Events are published inside the transaction of the change they report and are persisted by Spring\n")
			.append("Modulith's event publication registry (table `event_publication`) until every listener has handled\n")
			.append("them; publications still open at a restart are delivered again. Events with an external type may\n")
			.append("leave the platform through subscriptions (webhook or pull feed, see `docs/subscriptions.md`) to the\n")
			.append("audience listed; all others stay inside the platform.\n");
		published.forEach((module, events) -> {
			out.append("\n## ").append(module).append("\n");
			for (Class<?> event : events) {
				PublishedEvent declared = event.getAnnotation(PublishedEvent.class);
				out.append("\n### ").append(event.getSimpleName());
				if (declared != null) {
					out.append(" — ").append(declared.title());
				}
				out.append("\n\n");
				if (declared != null) {
					out.append(declared.summary()).append("\n\n");
					out.append("- External type: ")
						.append(declared.externalType().isEmpty() ? "none (platform only)"
								: "`" + declared.externalType() + "`")
						.append('\n');
					out.append("- Audience: ")
						.append(Arrays.stream(declared.audience())
							.map(audience -> audience.label() + " (" + audience.name() + ")")
							.collect(Collectors.joining(", ")))
						.append('\n');
				}
				out.append("- Listened to by: ")
					.append(String.join(", ", listeners.getOrDefault(event.getName(), Set.of("no module"))))
					.append('\n');
				out.append("- Payload: ").append(payload(event)).append('\n');
			}
		});
		return out.toString();
	}

	static String payload(Class<?> event) {
		if (!event.isRecord()) {
			return "`" + event.getSimpleName() + "`";
		}
		List<String> fields = new ArrayList<>();
		for (RecordComponent component : event.getRecordComponents()) {
			fields.add("`" + component.getName() + "` (" + simple(component.getGenericType().getTypeName()) + ")");
		}
		return String.join(", ", fields);
	}

	/**
	 * {@code java.util.List<io.gongxin.subject.SubjectId>} becomes
	 * {@code List<SubjectId>}.
	 */
	static String simple(String typeName) {
		return typeName.replaceAll("(?:[a-z_][a-z0-9_]*\\.)+", "").replace('$', '.');
	}

	private static Class<?> load(JavaClass type) {
		try {
			return Class.forName(type.getName());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
