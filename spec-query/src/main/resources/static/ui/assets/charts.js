// SpecLoop investigation pages: draws every [data-series-chart] (a SeriesChart from the server) with ECharts.
// The numbers are the server's; this file only lays them out: axes with units, tooltips, zoom, the
// horizontal limit lines labelled inside the plot, the Phase II boundary and the signals as pins.
(function () {
  function round(v) { return typeof v === 'number' ? Number(v.toPrecision(4)).toString() : v; }

  function draw(el) {
    var c = JSON.parse(el.getAttribute('data-series-chart'));
    var bars = c.series.some(function (s) { return s.type === 'bar'; });
    var series = c.series.map(function (s, n) {
      var pins = [];
      s.values.forEach(function (v, i) {
        if (s.signals[i]) { pins.push({ name: s.signals[i], coord: [c.categories[i], v], value: s.signals[i] }); }
      });
      return {
        name: s.name, type: s.type, symbolSize: 6, data: s.values, connectNulls: false,
        stack: s.type === 'bar' ? 'total' : undefined,
        lineStyle: s.dashed ? { type: 'dashed', width: 1 } : undefined,
        markPoint: pins.length ? { symbol: 'pin', symbolSize: 36, itemStyle: { color: '#b3261e' },
          label: { show: false }, data: pins } : undefined,
        markLine: n === 0 && c.phaseTwoFrom ? { symbol: 'none', label: { formatter: 'Phase II', position: 'insideEndTop' },
          lineStyle: { color: '#777' }, data: [{ xAxis: c.phaseTwoFrom }] } : undefined
      };
    });
    // limit lines that share a value share one label, so two labels never print over each other
    var labelled = {};
    c.lines.forEach(function (l) {
      var key = round(l.value);
      var names = c.lines.filter(function (o) { return round(o.value) === key; }).map(function (o) { return o.name; });
      var first = !labelled[key];
      labelled[key] = true;
      series.push({ name: l.name, type: 'line', data: [], itemStyle: { color: l.color },
        lineStyle: { color: l.color, type: l.dashed ? 'dashed' : 'solid' },
        markLine: { symbol: 'none', lineStyle: { color: l.color, type: l.dashed ? 'dashed' : 'solid' },
          label: { show: first, position: l.color === '#b3261e' ? 'insideEndTop' : 'insideStartTop',
            formatter: names.join(' = ') + ' ' + key }, data: [{ yAxis: l.value }] } });
    });
    // marked lines do not widen an axis: the range takes in the limits too
    var values = [];
    c.series.forEach(function (s) { s.values.forEach(function (v) { if (typeof v === 'number') { values.push(v); } }); });
    c.lines.forEach(function (l) { values.push(l.value); });
    if (bars) { values.push(0); }
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values), span = (hi - lo) || Math.abs(hi) || 1;
    echarts.init(el).setOption({
      animation: false, legend: { top: 0, type: 'scroll' }, grid: { left: 70, right: 24, top: 48, bottom: 96 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return round(v) + (c.unit ? ' ' + c.unit : ''); } },
      xAxis: { type: 'category', name: c.axis, nameLocation: 'middle', nameGap: 72, data: c.categories,
        axisLabel: { rotate: c.categories.length > 8 ? 40 : 0, hideOverlap: true } },
      yAxis: { type: 'value', name: c.unit, scale: !bars, axisLabel: { showMinLabel: false, showMaxLabel: false, formatter: round },
        min: bars ? 0 : lo - span * 0.1, max: hi + span * 0.1 },
      // zoom with the wheel, and with a slider once there are many lots
      dataZoom: c.categories.length > 30 ? [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 4 }] : [{ type: 'inside' }],
      series: series
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (window.echarts) { document.querySelectorAll('[data-series-chart]').forEach(draw); }
  });
})();
