package io.gongxin.exchange.internal;

import java.net.URI;
import java.util.Set;

import io.gongxin.exchange.FileFormat;
import io.gongxin.exchange.NewTarget;
import io.gongxin.exchange.TargetLevel;
import io.gongxin.exchange.UpwardReporting;
import io.gongxin.platform.DemoDataContributor;

import org.springframework.stereotype.Component;

/**
 * The demo's provincial platform: registered before the demo records so they are owed to
 * it, and paused, because its address is an example one — the operations page shows the
 * backlog and the 双公示 deadline passing until an officer enters the real address and
 * resumes it.
 */
@Component
class ExchangeDemoData implements DemoDataContributor {

	private final UpwardReporting reporting;

	ExchangeDemoData(UpwardReporting reporting) {
		this.reporting = reporting;
	}

	@Override
	public String name() {
		return "exchange-targets";
	}

	@Override
	public int order() {
		// before the demo records (300), so that they are owed to the province
		return 250;
	}

	@Override
	public void contribute() {
		this.reporting.register(new NewTarget("GD_PROVINCE", "广东省公共信用信息平台（演示地址）", TargetLevel.PROVINCE, "FILE",
				FileFormat.CSV, "GBK", Set.of("XZXK", "XZCF"), 1000, 60,
				URI.create("https://province-credit.example/gongxin/packages"),
				URI.create("https://province-credit.example/gongxin/receipts")));
		this.reporting.setActive("GD_PROVINCE", false);
	}

}
