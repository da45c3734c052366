package io.gongxin.exchange.internal;

import java.nio.charset.Charset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.exchange.ReportPackage;
import io.gongxin.exchange.TargetAdapter;
import io.gongxin.outbox.OutgoingMessage;
import io.gongxin.platform.Sha256;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A file in the national layout (CSV, XLSX or JSON; UTF-8 or GBK) in a signed JSON
 * envelope that names the package, the file and, row by row, the item keys the target's
 * receipt refers to.
 */
@Component
class FileAdapter implements TargetAdapter {

	static final String CODE = "FILE";

	private final JsonMapper json;

	FileAdapter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String label() {
		return "文件报送（全国标准格式）";
	}

	@Override
	public OutgoingMessage render(ReportPackage reportPackage) {
		Charset charset = Charset.forName(reportPackage.target().encoding());
		byte[] file = PackageFiles.write(reportPackage, reportPackage.target().format(), charset, this.json);
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("package", reportPackage.key());
		envelope.put("category", reportPackage.categoryCode());
		envelope.put("categoryName", reportPackage.categoryName());
		envelope.put("action", reportPackage.action().name());
		envelope.put("fileName", reportPackage.fileName());
		envelope.put("format", reportPackage.target().format().name());
		envelope.put("encoding", reportPackage.target().encoding());
		envelope.put("recordCount", reportPackage.rows().size());
		envelope.put("sha256", Sha256.hex(file));
		envelope.put("keys", reportPackage.rows().stream().map(ReportPackage.Row::key).toList());
		envelope.put("content", Base64.getEncoder().encodeToString(file));
		return new OutgoingMessage(UpwardMessages.EVENT_TYPE, reportPackage.key(),
				this.json.writeValueAsString(envelope));
	}

}
