package io.gongxin.exchange.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.exchange.ReportPackage;
import io.gongxin.exchange.TargetAdapter;
import io.gongxin.outbox.OutgoingMessage;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/** The records as JSON objects keyed by field code, for targets with a data API. */
@Component
class ApiAdapter implements TargetAdapter {

	static final String CODE = "API";

	private final JsonMapper json;

	ApiAdapter(JsonMapper json) {
		this.json = json;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String label() {
		return "接口报送（JSON）";
	}

	@Override
	public OutgoingMessage render(ReportPackage reportPackage) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("package", reportPackage.key());
		body.put("category", reportPackage.categoryCode());
		body.put("action", reportPackage.action().name());
		List<Map<String, Object>> records = reportPackage.rows().stream().map(row -> {
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("key", row.key());
			record.put("documentNumber", row.documentNumber());
			Map<String, String> fields = new LinkedHashMap<>();
			for (ReportPackage.Column column : reportPackage.columns()) {
				String value = row.values().get(column.code());
				if (value != null) {
					fields.put(column.code(), value);
				}
			}
			record.put("fields", fields);
			return record;
		}).toList();
		body.put("records", records);
		return new OutgoingMessage(UpwardMessages.EVENT_TYPE, reportPackage.key(), this.json.writeValueAsString(body));
	}

}
