package io.gongxin.exchange.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import io.gongxin.catalog.Catalogs;
import io.gongxin.exchange.FileFormat;
import io.gongxin.exchange.NewTarget;
import io.gongxin.outbox.WebhookUrl;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Component;

/** What a reporting target's configuration must satisfy, each refusal with its reason. */
@Component
class TargetRules {

	private static final Set<String> ENCODINGS = Set.of("UTF-8", "GBK");

	private final Adapters adapters;

	private final Catalogs catalogs;

	private final java.time.Clock clock;

	TargetRules(Adapters adapters, Catalogs catalogs, java.time.Clock clock) {
		this.adapters = adapters;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	void check(NewTarget target) {
		if (target.code() == null || !target.code().matches("[A-Z][A-Z0-9_]{1,31}")) {
			throw invalid("目标平台代码须为2至32位大写字母、数字或下划线，以字母开头", "code");
		}
		if (target.name() == null || target.name().isEmpty() || target.name().length() > 100) {
			throw invalid("目标平台名称须为1至100个字", "name");
		}
		if (!this.adapters.knows(target.adapter())) {
			throw invalid("报送方式只能是：" + String.join("、", this.adapters.labels().values()), "adapter");
		}
		if (!ENCODINGS.contains(target.encoding())) {
			throw invalid("文件编码只能是UTF-8或GBK", "encoding");
		}
		if (ApiAdapter.CODE.equals(target.adapter()) && target.format() != FileFormat.JSON) {
			throw invalid("接口报送只能使用JSON格式", "format");
		}
		if (target.packageSize() < 1 || target.packageSize() > 5000) {
			throw invalid("每包条数须在1至5000之间", "packageSize");
		}
		if (target.intervalMinutes() < 1 || target.intervalMinutes() > 1440) {
			throw invalid("报送间隔须在1至1440分钟之间", "intervalMinutes");
		}
		if (target.categories().isEmpty()) {
			throw invalid("至少选择一个报送的信息类别", "categories");
		}
		var version = this.catalogs.findVersionInForce(LocalDate.now(this.clock));
		for (String category : target.categories()) {
			boolean known = version.flatMap(v -> this.catalogs.findCategory(v.id(), category)).isPresent();
			if (!known) {
				throw invalid("信息类别" + category + "不在现行信用信息目录中", "categories");
			}
		}
		url(target.url(), "url");
		if (target.receiptUrl() != null) {
			url(target.receiptUrl(), "receiptUrl");
		}
	}

	private static void url(URI url, String field) {
		if (url == null) {
			throw invalid("请填写目标平台的接收地址", field);
		}
		try {
			WebhookUrl.check(url);
		}
		catch (DomainException ex) {
			throw invalid("地址须为完整的http或https地址", field);
		}
	}

	private static DomainException invalid(String reason, String field) {
		return new DomainException("GX-EXC-001", ProblemKind.RULE_VIOLATION, "The reporting target is not valid.",
				Map.of("reason", reason, "field", field));
	}

}
