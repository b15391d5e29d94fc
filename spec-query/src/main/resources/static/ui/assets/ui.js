// SpecLoop workspace: CSRF header for htmx, problem+json shown next to the form, and the charts.
(function () {
  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : null;
  }

  document.addEventListener('htmx:configRequest', function (e) {
    var header = meta('csrf-header'), token = meta('csrf-token');
    if (header && token) { e.detail.headers[header] = token; }
  });

  // A refusal (problem+json) is written into the form's alert region, where a screen reader announces it.
  document.addEventListener('htmx:responseError', function (e) {
    var box = e.detail.elt.closest('.signing');
    var region = box ? box.querySelector('[data-problem]') : null;
    var text = 'The request failed (' + e.detail.xhr.status + ').';
    try {
      var problem = JSON.parse(e.detail.xhr.responseText);
      text = (problem.title ? problem.title + ': ' : '') + (problem.detail || '') + (problem.rule ? ' [rule ' + problem.rule + ']' : '');
    } catch (ignored) { /* not JSON: keep the generic text */ }
    if (region) { region.textContent = text; } else { window.alert(text); }
  });
  document.addEventListener('htmx:afterRequest', function (e) {
    var box = e.detail.elt.closest && e.detail.elt.closest('.signing');
    if (box && e.detail.successful) {
      box.querySelector('[data-problem]').textContent = '';
      box.querySelectorAll('input[type=password]').forEach(function (p) { p.value = ''; });
    }
  });

  // Horizontal limit lines. Lines at the same value (a proposal that keeps the limit in force) share one
  // label, "max in force = proposed max 1.33", instead of two labels printed over each other; labels sit
  // inside the plot, control limits at its left end and spec limits at its right end, so that a control
  // limit close to a spec limit does not print over it and none is clipped at the chart's edge. The
  // legend takes each line's colour and dash.
  function limitLines(lines) {
    var shown = lines.filter(function (l) { return l.value !== null && l.value !== undefined; });
    var labelled = {};
    return shown.map(function (l) {
      var key = round(l.value);
      var names = shown.filter(function (o) { return round(o.value) === key; }).map(function (o) { return o.name; });
      var first = !labelled[key];
      labelled[key] = true;
      return {
        name: l.name, type: 'line', data: [], itemStyle: { color: l.color },
        lineStyle: { color: l.color, type: l.dashed ? 'dashed' : 'solid' }, markLine: {
          symbol: 'none',
          label: { show: first, position: l.control ? 'insideStartTop' : 'insideEndTop', formatter: names.join(' = ') + ' ' + key },
          lineStyle: { type: l.dashed ? 'dashed' : 'solid', color: l.color }, data: [{ yAxis: l.value }]
        }
      };
    });
  }

  // One source's chart as the loop keeps it (lot means, frozen limits, signals) under the revision's spec limits.
  function controlChart(el) {
    var c = JSON.parse(el.getAttribute('data-control-chart'));
    var view = c.chart, limits = view.limits || {};
    var lots = view.points.map(function (p) { return p.lotId; });
    var means = view.points.map(function (p) { return p.value; });
    var signalled = view.points.filter(function (p) { return p.signals.length > 0; }).map(function (p) {
      return { name: p.signals.join(', '), coord: [p.lotId, p.value], value: p.signals.join(', ') };
    });
    var phaseTwo = view.points.length > view.phaseOneLots ? view.points[view.phaseOneLots].lotId : null;
    var series = [{
      name: 'lot mean', type: 'line', symbolSize: 6, data: means,
      markPoint: signalled.length ? { symbol: 'pin', symbolSize: 36, itemStyle: { color: '#b3261e' }, data: signalled } : undefined,
      markLine: phaseTwo ? { symbol: 'none', label: { formatter: 'Phase II', position: 'insideEndTop' },
        lineStyle: { color: '#777' }, data: [{ xAxis: phaseTwo }] } : undefined
    }].concat(limitLines([
      { name: 'UCL', value: limits.ucl, dashed: true, color: '#555', control: true },
      { name: 'CL', value: limits.center, dashed: true, color: '#999', control: true },
      { name: 'LCL', value: limits.lcl, dashed: true, color: '#555', control: true },
      { name: 'min in force', value: c.currentMin, dashed: true, color: '#b3261e' },
      { name: 'max in force', value: c.currentMax, dashed: true, color: '#b3261e' },
      { name: 'proposed min', value: c.proposedMin, dashed: false, color: '#1d5e20' },
      { name: 'proposed max', value: c.proposedMax, dashed: false, color: '#1d5e20' }]));
    var values = means.concat([limits.ucl, limits.lcl, c.currentMin, c.currentMax, c.proposedMin, c.proposedMax]
      .filter(function (v) { return v !== null && v !== undefined; }));
    var span = Math.max.apply(null, values) - Math.min.apply(null, values) || 1;
    echarts.init(el).setOption({
      animation: false, legend: { top: 0 }, grid: { left: 64, right: 24, bottom: 96 },
      tooltip: { trigger: 'axis', valueFormatter: round },
      // lots by id under the axis (rotated, the ones that would overlap left out; the tooltip names each)
      xAxis: { type: 'category', name: 'lot', nameLocation: 'middle', nameGap: 72, data: lots,
        axisLabel: { rotate: 40, hideOverlap: true } },
      // the range takes in the limits too (marked lines do not widen an axis); its odd ends are not labelled
      yAxis: { type: 'value', name: c.unit, scale: true,
        axisLabel: { showMinLabel: false, showMaxLabel: false, formatter: round },
        min: Math.min.apply(null, values) - span * 0.1, max: Math.max.apply(null, values) + span * 0.1 },
      // zoom with the wheel or the slider: a source with hundreds of lots stays readable
      dataZoom: lots.length > 30 ? [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 4 }] : [],
      series: series
    });
  }

  // Motor-side evidence from the loop's API (TransferFunctionView per design and relation): each motor as a
  // point (its lots' mean magnet property against its result), the fit, the one-sided prediction bound, and
  // the derived and effective limits as vertical lines. None yet keeps "no evidence yet" shown.
  function transferFunctions(el) {
    fetch(el.getAttribute('data-transfer-source'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (items) {
        if (!Array.isArray(items)) { return; }
        items = items.filter(function (tf) { return (tf.points || []).length > 0; });
        if (items.length === 0) { return; }
        el.innerHTML = '';
        items.forEach(function (tf) {
          var title = tf.designId + ' v' + tf.designVersion + ': ' + tf.response + ' against ' + tf.characteristic
            + ' at ' + tf.temperatureC + ' °C';
          var caption = document.createElement('p');
          caption.className = 'chart-caption';
          caption.textContent = title + ' (' + tf.n + ' motors, ' + (tf.status || '').toLowerCase().replace(/_/g, ' ') + ')'
            + (typeof tf.derivedLimit === 'number' ? '; derived limit ' + round(tf.derivedLimit) + ' ' + tf.unit : '');
          el.appendChild(caption);
          var box = document.createElement('div');
          box.className = 'chart'; box.setAttribute('role', 'img');
          box.setAttribute('aria-label', 'Transfer function ' + title + ' with ' + tf.points.length + ' points');
          box.setAttribute('data-transfer-chart', tf.designId + '/' + tf.relation);
          el.appendChild(box);
          drawTransfer(box, tf);
        });
      })
      .catch(function () { /* keep "no evidence yet" */ });
  }

  // One design's fit: motors as points, the fit, the one-sided prediction bound, derived and in-force limits.
  function drawTransfer(box, tf) {
    var verticalLines = [];
    if (typeof tf.derivedLimit === 'number') { verticalLines.push({ name: 'derived', xAxis: tf.derivedLimit }); }
    if (typeof tf.effectiveLimit === 'number') { verticalLines.push({ name: 'in force', xAxis: tf.effectiveLimit }); }
    echarts.init(box).setOption({
      animation: false, legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: function (p) {
        var d = p.data; return (d.motor ? d.motor + '<br>' : '') + round(d.value[0]) + ' ' + tf.unit + ', '
          + round(d.value[1]) + ' ' + tf.responseUnit; } },
      grid: { left: 70, right: 40, top: 40, bottom: 50 },
      dataZoom: [{ type: 'inside' }],
      xAxis: { type: 'value', name: tf.characteristic + ' (' + tf.unit + ')', nameLocation: 'middle', nameGap: 28,
        scale: true, axisLabel: { formatter: round } },
      yAxis: { type: 'value', name: tf.response + ' (' + tf.responseUnit + ')', scale: true,
        axisLabel: { formatter: round } },
      series: [
        { name: 'motors', type: 'scatter', data: tf.points.map(function (p) {
          return { value: [p.x, p.y], motor: p.motorSerial + ' (' + p.lots.join(', ') + ')' }; }) },
        { name: 'fit', type: 'line', symbol: 'none', data: (tf.band || []).map(function (b) { return { value: [b.x, b.fitted] }; }),
          markLine: verticalLines.length ? { symbol: 'none', label: { formatter: function (m) {
            return m.name + ' ' + round(m.value); } }, data: verticalLines } : undefined },
        { name: 'prediction bound', type: 'line', symbol: 'none', lineStyle: { type: 'dashed' },
          data: (tf.band || []).map(function (b) { return { value: [b.x, b.bound] }; }) }
      ]
    });
  }

  // The design page hands the loop's views in server-side, with their data tables beside them.
  function transferChart(el) {
    drawTransfer(el, JSON.parse(el.getAttribute('data-transfer-view')));
  }

  // Four significant digits: enough for a limit, without the float noise of a raw double.
  function round(v) { return typeof v === 'number' ? Number(v.toPrecision(4)).toString() : v; }

  // Times are rendered in the server's zone (readable without scripts and in print); the browser rewrites
  // them in the reader's own zone, with the zone named, and keeps the UTC instant in the tooltip.
  var localTime = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false, timeZoneName: 'short' });
  function localTimes(root) {
    root.querySelectorAll('time[datetime*="T"]').forEach(function (el) {
      var at = new Date(el.getAttribute('datetime'));
      if (isNaN(at.getTime())) { return; }
      var p = {};
      localTime.formatToParts(at).forEach(function (part) { p[part.type] = part.value; });
      el.textContent = p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute + ' ' + p.timeZoneName;
      el.title = at.toISOString();
    });
  }
  document.addEventListener('htmx:afterSwap', function (e) { localTimes(e.detail.target); });

  document.addEventListener('DOMContentLoaded', function () {
    localTimes(document);
    if (window.echarts) {
      document.querySelectorAll('[data-control-chart]').forEach(controlChart);
      document.querySelectorAll('[data-transfer-source]').forEach(transferFunctions);
      document.querySelectorAll('[data-transfer-view]').forEach(transferChart);
    }
  });
})();
