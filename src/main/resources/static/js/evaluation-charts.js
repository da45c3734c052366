// The grade distribution of the evaluation desk, from the data-grades and data-counts
// attributes of #evaluation-chart, drawn as SVG so its Chinese labels are real text.
(function () {
	'use strict';

	var element = document.getElementById('evaluation-chart');
	if (!element || typeof echarts === 'undefined') {
		return;
	}
	var grades = (element.getAttribute('data-grades') || '').split(',');
	var counts = (element.getAttribute('data-counts') || '').split(',').map(Number);
	echarts.init(element, null, { renderer: 'svg' }).setOption({
		title: { text: '各等级主体数' },
		tooltip: { trigger: 'axis' },
		xAxis: { type: 'category', data: grades },
		yAxis: { type: 'value', name: '主体数' },
		series: [{ name: '主体数', type: 'bar', data: counts, label: { show: true, position: 'top' } }]
	});
})();
