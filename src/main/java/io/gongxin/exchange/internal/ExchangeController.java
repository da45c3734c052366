package io.gongxin.exchange.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.gongxin.exchange.IssuedTarget;
import io.gongxin.exchange.ItemState;
import io.gongxin.exchange.OwedItem;
import io.gongxin.exchange.Reconciliation;
import io.gongxin.exchange.Target;
import io.gongxin.exchange.TargetStatus;
import io.gongxin.exchange.UpwardReporting;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The upward-reporting API for the credit office: targets, their status, items and
 * reconciliation.
 */
@RestController
@RequestMapping("/api/exchange/targets")
class ExchangeController {

	static final String OPERATORS = "hasAnyRole('OFFICER', 'ADMIN')";

	private final UpwardReporting reporting;

	ExchangeController(UpwardReporting reporting) {
		this.reporting = reporting;
	}

	@GetMapping
	@PreAuthorize(OPERATORS)
	List<TargetStatus> targets() {
		return this.reporting.statuses();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(OPERATORS)
	IssuedTarget register(@RequestBody TargetForm request) {
		return this.reporting.register(request.toTarget(null));
	}

	@PutMapping("/{code}")
	@PreAuthorize(OPERATORS)
	Target update(@PathVariable String code, @RequestBody TargetForm request) {
		return this.reporting.update(request.toTarget(code));
	}

	@PostMapping("/{code}/pause")
	@PreAuthorize(OPERATORS)
	Target pause(@PathVariable String code) {
		return this.reporting.setActive(code, false);
	}

	@PostMapping("/{code}/resume")
	@PreAuthorize(OPERATORS)
	Target resume(@PathVariable String code) {
		return this.reporting.setActive(code, true);
	}

	record Sent(int packages) {
	}

	@PostMapping("/{code}/send-now")
	@PreAuthorize(OPERATORS)
	Sent sendNow(@PathVariable String code) {
		return new Sent(this.reporting.sendNow(code));
	}

	@GetMapping("/{code}")
	@PreAuthorize(OPERATORS)
	TargetStatus status(@PathVariable String code) {
		return this.reporting.status(code);
	}

	@GetMapping("/{code}/items")
	@PreAuthorize(OPERATORS)
	List<OwedItem> items(@PathVariable String code, @RequestParam(required = false) ItemState state,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
		return this.reporting.items(code, state, before, limit);
	}

	@GetMapping("/{code}/reconciliation")
	@PreAuthorize(OPERATORS)
	Reconciliation reconciliation(@PathVariable String code,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.reporting.reconciliation(code, from, to);
	}

	/**
	 * The reconciliation as CSV (UTF-8 with BOM, Chinese headers) for the office's files.
	 */
	@GetMapping(value = "/{code}/reconciliation.csv", produces = "text/csv")
	@PreAuthorize(OPERATORS)
	void reconciliationCsv(@PathVariable String code,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response) {
		Reconciliation report = this.reporting.reconciliation(code, from, to);
		response.setContentType("text/csv;charset=UTF-8");
		String name = "对账_" + report.targetName() + "_" + from + "_" + to + ".csv";
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));
		try (Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
				CsvWriter csv = CsvWriter.builder().build(writer)) {
			writer.write('\uFEFF');
			csv.writeRecord("日期", "信息类别", "应报送", "已发送", "已确认接收", "被退回", "待回执或待报送");
			for (Reconciliation.Line line : report.lines()) {
				csv.writeRecord(line.day().toString(), line.categoryName(), Long.toString(line.queued()),
						Long.toString(line.sent()), Long.toString(line.acknowledged()), Long.toString(line.rejected()),
						Long.toString(line.pending()));
			}
			Reconciliation.Line total = report.total();
			csv.writeRecord("合计", "", Long.toString(total.queued()), Long.toString(total.sent()),
					Long.toString(total.acknowledged()), Long.toString(total.rejected()),
					Long.toString(total.pending()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
