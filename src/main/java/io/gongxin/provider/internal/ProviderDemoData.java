package io.gongxin.provider.internal;

import java.util.ArrayList;
import java.util.List;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.identifier.Uscc;
import io.gongxin.platform.DemoDataContributor;
import io.gongxin.provider.AuthorityUnit;
import io.gongxin.provider.Jurisdiction;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.stereotype.Component;

/**
 * Demo departments of a fictitious prefecture-level city, registered through the public
 * facade.
 */
@Component
class ProviderDemoData implements DemoDataContributor {

	private final Providers providers;

	ProviderDemoData(Providers providers) {
		this.providers = providers;
	}

	@Override
	public String name() {
		return "providers";
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void contribute() {
		register("GZ-SCJGJ", "广州市市场监督管理局", "440100", "11440100MB2C9238");
		register("GZ-STJ", "广州市生态环境局", "440100", "11440100MB2D4417");
		register("GZ-ZJJ", "广州市住房和城乡建设局", "440100", "11440100MB2E5163");
		register("GZ-SWJ", "国家税务总局广州市税务局", "440100", "11440100MB2F3085");
		register("GZ-RSJ", "广州市人力资源和社会保障局", "440100", "11440100MB2G6721");
		register("TH-SCJGJ", "广州市天河区市场监督管理局", "440106", "11440106MB2H1946");
		// the credit office (信用办): objections and repairs are accepted on its desk
		this.providers.register(
				new Provider("GZ-FGW", "广州市发展和改革委员会", CheckCharacters.uscc("11440100MB2A1170"), "440100", true, 0));
		// the city's environment bureau also files the decisions of its district branch
		Jurisdiction stj = this.providers.jurisdiction("GZ-STJ");
		List<AuthorityUnit> units = new ArrayList<>(stj.units());
		units.add(new AuthorityUnit(new Uscc(CheckCharacters.uscc("11440106MB2D5520")), "广州市生态环境局天河分局"));
		this.providers.setJurisdiction("GZ-STJ", units, stj.outside());
	}

	/**
	 * Registering a department with its code makes it its own first unit: its decisions
	 * file cleanly.
	 */
	private void register(String code, String name, String division, String usccBody) {
		this.providers.register(new Provider(code, name, CheckCharacters.uscc(usccBody), division, true, 0));
		// every department that decides licences and penalties must publish both (双公示)
		this.providers.setObligations(code, java.util.Set.of("XZXK", "XZCF"));
	}

}
