package io.gongxin.support;

import java.util.Map;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

/**
 * The 广州 departments the flow tests file, check and decide as, registered by code with
 * their names and credit codes (the same as the demo's).
 */
public final class Departments {

	private static final Map<String, String[]> KNOWN = Map.of("GZ-SCJGJ",
			new String[] { "广州市市场监督管理局", "11440100MB2C9238" }, "GZ-STJ",
			new String[] { "广州市生态环境局", "11440100MB2D4417" }, "GZ-CZJ", new String[] { "广州市财政局", "11440100MB2D5521" },
			"GZ-FGW", new String[] { "广州市发展和改革委员会", "11440100MB2A1170" });

	private Departments() {
	}

	/** Registers the departments (again, harmlessly, when a test did before). */
	public static void register(Providers providers, String... codes) {
		SystemActor.runAs("test", () -> {
			for (String code : codes) {
				String[] known = KNOWN.get(code);
				if (known == null) {
					throw new IllegalArgumentException("no test department " + code);
				}
				providers.register(new Provider(code, known[0], CheckCharacters.uscc(known[1]), "440100", true, 0));
			}
		});
	}

}
