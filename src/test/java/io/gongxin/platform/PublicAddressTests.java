package io.gongxin.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PublicAddressTests {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aConfiguredAddressIsUsedWhateverHostTheRequestNamed() {
		comingIn("http", "127.0.0.1", 8080);
		PublicAddress address = new PublicAddress("https://credit.example.gov.cn/", new MockEnvironment());
		assertThat(address.isConfigured()).isTrue();
		assertThat(address.link("/verify/20261203101500ABCD1234"))
			.isEqualTo("https://credit.example.gov.cn/verify/20261203101500ABCD1234");
	}

	@Test
	void aConfiguredAddressUnderAPathKeepsThePath() {
		assertThat(new PublicAddress("https://www.gz.gov.cn/xinyong", new MockEnvironment()).link("verify/1"))
			.isEqualTo("https://www.gz.gov.cn/xinyong/verify/1");
	}

	@Test
	void withoutOneTheAddressIsTheOneTheRequestCameInOn() {
		comingIn("https", "xinyong.sw.gov.cn", 443);
		PublicAddress address = new PublicAddress("  ", new MockEnvironment());
		assertThat(address.isConfigured()).isFalse();
		assertThat(address.base()).isEqualTo("https://xinyong.sw.gov.cn");
	}

	@Test
	void outsideARequestItIsThisMachinesNameAndPortNeverAFixedLocalhost() {
		PublicAddress address = new PublicAddress(null,
				new MockEnvironment().withProperty("local.server.port", "18443"));
		assertThat(address.base()).startsWith("http://").endsWith(":18443").isNotEqualTo("http://localhost:8080");
	}

	@Test
	void aMalformedAddressStopsTheStartWithWhatIsExpected() {
		for (String wrong : new String[] { "credit.example.gov.cn", "ftp://credit.example.gov.cn",
				"https://credit.example.gov.cn/?a=1", "https:///verify" }) {
			assertThatIllegalStateException().isThrownBy(() -> PublicAddress.normalise(wrong))
				.withMessageContaining("GONGXIN_PUBLIC_BASE_URL");
		}
	}

	private static void comingIn(String scheme, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/reports");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
