package io.gongxin.platform.internal;

import io.gongxin.platform.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up, in the log operators read, when the public address is not set. */
@Component
class PublicAddressWarning {

	private static final Logger log = LoggerFactory.getLogger(PublicAddressWarning.class);

	private final PublicAddress address;

	PublicAddressWarning(PublicAddress address) {
		this.address = address;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenNotSet() {
		if (!this.address.isConfigured()) {
			log.warn("GX-WEB-001 GONGXIN_PUBLIC_BASE_URL is not set: report QR codes and verification links use the "
					+ "address each request came in on. Set it to the platform's public address, e.g. "
					+ "https://credit.example.gov.cn.");
		}
	}

}
