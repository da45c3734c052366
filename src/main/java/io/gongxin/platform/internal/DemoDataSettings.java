package io.gongxin.platform.internal;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data is loaded: {@code gongxin.demo.enabled} when set, otherwise only when
 * the platform runs on its own embedded database (a real deployment on an external server
 * never gets demo data by accident).
 */
@Component
class DemoDataSettings {

	private final boolean enabled;

	DemoDataSettings(Environment environment, ObjectProvider<EmbeddedServer> embedded,
			ObjectProvider<DataSource> dataSource) {
		Boolean configured = environment.getProperty("gongxin.demo.enabled", Boolean.class);
		this.enabled = (configured != null) ? configured : embedded.getIfAvailable() != null;
	}

	boolean enabled() {
		return this.enabled;
	}

}
