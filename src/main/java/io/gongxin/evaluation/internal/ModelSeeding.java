package io.gongxin.evaluation.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the bundled default models before anything (demo data included) is evaluated. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelSeeding implements ApplicationRunner {

	private final ModelStore models;

	ModelSeeding(ModelStore models) {
		this.models = models;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.models.seedBundled();
	}

}
