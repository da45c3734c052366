package io.gongxin.provider.internal;

import io.gongxin.platform.DemoDataContributor;
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
		register("GZ-SCJGJ", "广州市市场监督管理局", "440100");
		register("GZ-STJ", "广州市生态环境局", "440100");
		register("GZ-ZJJ", "广州市住房和城乡建设局", "440100");
		register("GZ-SWJ", "国家税务总局广州市税务局", "440100");
		register("GZ-RSJ", "广州市人力资源和社会保障局", "440100");
		register("TH-SCJGJ", "广州市天河区市场监督管理局", "440106");
	}

	private void register(String code, String name, String division) {
		this.providers.register(new Provider(code, name, null, division, true, 0));
		// every department that decides licences and penalties must publish both (双公示)
		this.providers.setObligations(code, java.util.Set.of("XZXK", "XZCF"));
	}

}
