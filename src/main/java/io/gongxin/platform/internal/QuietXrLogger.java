package io.gongxin.platform.internal;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's logging, warnings only, through SLF4J. Its own JUL logger logs five
 * INFO lines per render and resets the levels on first use, so levels set beforehand do
 * not stick.
 */
public final class QuietXrLogger implements XRLogger {

	private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable failure) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			log.error("{}: {}", where, message, failure);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			log.warn("{}: {}", where, message, failure);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// fixed at WARNING
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
	}

}
