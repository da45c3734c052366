package io.gongxin;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint states who may call it: each handler method of every controller carries
 * {@code @PreAuthorize}, itself or on its class. A new endpoint without a declaration
 * fails the build.
 */
class EndpointDeclarationTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.gongxin");

	@Test
	void everyHandlerMethodDeclaresWhoMayCallIt() {
		ArchRule rule = methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Controller.class)
			.or()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(RestController.class)
			.and()
			.areMetaAnnotatedWith(RequestMapping.class)
			.should()
			.beAnnotatedWith(PreAuthorize.class)
			.orShould()
			.beDeclaredInClassesThat()
			.areAnnotatedWith(PreAuthorize.class);
		rule.check(this.classes);
	}

	@Test
	void theRuleMatchesRealControllers() {
		// guards against a rule that silently checks nothing
		long handlers = this.classes.stream()
			.filter(type -> type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(RestController.class))
			.flatMap(type -> type.getMethods().stream())
			.filter(method -> method.isMetaAnnotatedWith(RequestMapping.class))
			.count();
		assertThat(handlers).isGreaterThan(10);
	}

}
