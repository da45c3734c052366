package io.gongxin.report.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.gongxin.platform.PdfRenderer;

@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

	@Bean
	ReportHtml reportHtml(PdfRenderer rendering, @Value("${gongxin.time-zone:Asia/Shanghai}") ZoneId zone) {
		return new ReportHtml(rendering::hasGlyph, rendering::fallbackHasGlyph, zone);
	}

	@Bean
	ReportKeys reportKeys(@Value("${gongxin.keys.directory:data/keys}") Path directory,
			@Value("${gongxin.report.signing.key-file:}") String keyFile,
			@Value("${gongxin.report.signing.certificate-file:}") String certFile, Clock clock) {
		return new ReportKeys(directory, keyFile.isBlank() ? null : Path.of(keyFile),
				certFile.isBlank() ? null : Path.of(certFile), clock);
	}

	@Bean
	PdfSigner reportPdfSigner(ReportKeys keys) {
		return new PdfSigner(keys.signingKey(), keys.certificate());
	}

}
