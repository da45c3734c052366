// Charts of the data-quality pages. The page names its data source in data-source on
// #quality-charts and its kind (dashboard, provider, bulletin) in data-kind. Charts are
// drawn as SVG so their Chinese labels are real text (searchable, testable, crisp).
(function () {
	'use strict';

	var root = document.getElementById('quality-charts');
	if (!root || typeof echarts === 'undefined') {
		return;
	}

	function chart(id) {
		var element = document.getElementById(id);
		return element ? echarts.init(element, null, { renderer: 'svg' }) : null;
	}

	function rate(value) {
		return value === null || value === undefined ? null : Number(value);
	}

	function name(item) {
		return item.name || item.key;
	}

	function volume(days) {
		var c = chart('chart-volume');
		if (!c) {
			return;
		}
		c.setOption({
			title: { text: '归集量与合规率（按日）' },
			tooltip: { trigger: 'axis' },
			legend: { top: 28, data: ['合规入库', '问题数据', '合规率'] },
			grid: { top: 70 },
			xAxis: { type: 'category', data: days.map(function (d) { return d.key; }) },
			yAxis: [{ type: 'value', name: '条数' }, { type: 'value', name: '合规率（%）', min: 0, max: 100 }],
			series: [
				{ name: '合规入库', type: 'bar', stack: '量', data: days.map(function (d) { return d.compliant; }) },
				{ name: '问题数据', type: 'bar', stack: '量', data: days.map(function (d) { return d.rejected; }) },
				{ name: '合规率', type: 'line', yAxisIndex: 1, data: days.map(function (d) { return rate(d.compliance); }) }
			]
		});
	}

	function rates(providers, targets) {
		var c = chart('chart-rates');
		if (!c) {
			return;
		}
		c.setOption({
			title: { text: '各单位合规率与及时率' },
			tooltip: { trigger: 'axis' },
			legend: { top: 28, data: ['合规率', '及时率'] },
			grid: { top: 70, bottom: 90 },
			xAxis: { type: 'category', data: providers.map(name), axisLabel: { rotate: 30 } },
			yAxis: { type: 'value', name: '%', min: 0, max: 100 },
			series: [
				{ name: '合规率', type: 'bar', data: providers.map(function (p) { return rate(p.compliance); }),
					markLine: { data: [{ yAxis: Number(targets.compliance), name: '合规率目标' }] } },
				{ name: '及时率', type: 'bar', data: providers.map(function (p) { return rate(p.timeliness); }),
					markLine: { data: [{ yAxis: Number(targets.timeliness), name: '及时率目标' }] } }
			]
		});
	}

	function rules(list) {
		var c = chart('chart-rules');
		if (!c) {
			return;
		}
		c.setOption({
			title: { text: '主要问题原因' },
			tooltip: { trigger: 'item' },
			series: [{ name: '问题原因', type: 'pie', radius: ['30%', '60%'],
				data: list.map(function (r) { return { name: r.label || r.rule, value: r.count }; }) }]
		});
	}

	function coverage(list) {
		var c = chart('chart-coverage');
		if (!c) {
			return;
		}
		c.setOption({
			title: { text: '上报率（按信息类别）' },
			tooltip: { trigger: 'axis' },
			xAxis: { type: 'category', data: list.map(function (l) { return l.categoryName || l.category; }) },
			yAxis: { type: 'value', name: '上报率（%）', min: 0, max: 100 },
			series: [{ name: '上报率', type: 'bar', data: list.map(function (l) { return rate(l.rate); }) }]
		});
	}

	function ranking(content) {
		var c = chart('chart-ranking');
		if (!c) {
			return;
		}
		var lines = content.ranking;
		c.setOption({
			title: { text: '单位排名（合规率、及时率）' },
			tooltip: { trigger: 'axis' },
			legend: { top: 28, data: ['合规率', '及时率'] },
			grid: { top: 70, bottom: 90 },
			xAxis: { type: 'category', data: lines.map(function (l) { return l.rank + '. ' + l.name; }),
				axisLabel: { rotate: 30 } },
			yAxis: { type: 'value', name: '%', min: 0, max: 100 },
			series: [
				{ name: '合规率', type: 'bar', data: lines.map(function (l) { return rate(l.compliance); }) },
				{ name: '及时率', type: 'bar', data: lines.map(function (l) { return rate(l.timeliness); }) }
			]
		});
		rules(content.reasons.map(function (r) { return { rule: r.rule, label: r.label, count: r.count }; }));
	}

	fetch(root.getAttribute('data-source'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
		.then(function (response) {
			if (!response.ok) {
				throw new Error('HTTP ' + response.status);
			}
			return response.json();
		})
		.then(function (data) {
			var kind = root.getAttribute('data-kind');
			if (kind === 'dashboard') {
				volume(data.days);
				rates(data.providers.filter(function (p) { return p.reported; }), data.targets);
				rules(data.rules);
				coverage(data.coverage);
			}
			else if (kind === 'provider') {
				volume(data.days);
				rules(data.rules);
			}
			else {
				ranking(data.content || data);
			}
			root.setAttribute('data-rendered', 'true');
		})
		.catch(function (error) {
			root.setAttribute('data-error', String(error));
			root.insertAdjacentHTML('afterbegin', '<p class="alert">图表数据加载失败，请刷新重试。</p>');
		});
}());
