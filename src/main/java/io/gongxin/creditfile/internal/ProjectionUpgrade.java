package io.gongxin.creditfile.internal;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.platform.SystemActor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start, fills an empty projection (a database that had records before this module
 * existed) or rebuilds one projected under older rules (after an upgrade that changed how
 * records are read), so that no platform keeps publishing what its current rules would
 * not.
 */
@Component
class ProjectionUpgrade {

	private final CreditFiles creditFiles;

	private final CreditFileProjection projection;

	ProjectionUpgrade(CreditFiles creditFiles, CreditFileProjection projection) {
		this.creditFiles = creditFiles;
		this.projection = projection;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillIfEmptyOrOutdated() {
		if (this.creditFiles.size() == 0 || this.projection.outdated()) {
			SystemActor.runAs("creditfile", this.projection::rebuildToCurrentRules);
		}
	}

}
