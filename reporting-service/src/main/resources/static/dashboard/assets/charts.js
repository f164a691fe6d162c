/*
 * Draws each figure.chart from the table inside it, so that the chart and its data-table alternative always show
 * the same numbers. The first column names the points; cells with data-value hold the numbers (one series per
 * column marked data-series, else the first numeric column).
 */
(function () {
  'use strict';
  var palette = { achieved: '#2e7d32', on_track: '#66bb6a', behind: '#f9a825', at_risk: '#c62828', missed: '#6d0f0f', no_data: '#9e9e9e' };

  function number(cell) {
    var value = cell && cell.getAttribute('data-value');
    return value === null || value === '' || value === undefined ? null : Number(value);
  }

  function draw(figure) {
    var table = figure.querySelector('table');
    var canvas = figure.querySelector('.chart-canvas');
    if (!table || !canvas || typeof echarts === 'undefined') { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (row) { return row.cells[0].textContent.trim(); });
    var kind = figure.getAttribute('data-chart');
    var chart = echarts.init(canvas);
    var option;
    if (kind === 'pie') {
      option = {
        tooltip: { trigger: 'item' },
        series: [{ type: 'pie', radius: ['35%', '70%'], data: rows.map(function (row, i) {
          var color = palette[row.getAttribute('data-color')];
          return { name: labels[i], value: number(row.cells[1]), itemStyle: color ? { color: color } : undefined };
        }) }]
      };
    } else if (kind === 'line') {
      var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
      var series = [];
      headers.forEach(function (header, column) {
        if (!header.hasAttribute('data-series')) { return; }
        series.push({ type: 'line', name: header.textContent.trim(), connectNulls: true,
          lineStyle: header.getAttribute('data-series') === 'expected' ? { type: 'dashed' } : undefined,
          data: rows.map(function (row) { return number(row.cells[column]); }) });
      });
      option = { tooltip: { trigger: 'axis' }, legend: {}, xAxis: { type: 'category', data: labels },
        yAxis: { type: 'value', scale: true }, series: series };
    } else {
      option = { tooltip: {}, xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 20 } },
        yAxis: { type: 'value', max: figure.getAttribute('data-max') ? Number(figure.getAttribute('data-max')) : null },
        series: [{ type: 'bar', data: rows.map(function (row) { return number(row.querySelector('[data-value]')); }) }] };
    }
    option.animation = false; // the numbers at once, also for readers who prefer reduced motion
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('figure.chart'), draw);
  });
})();
