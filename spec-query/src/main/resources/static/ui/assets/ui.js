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

  function line(name, value, dashed, color) {
    return value === null || value === undefined ? null : {
      name: name, type: 'line', data: [], markLine: {
        symbol: 'none', label: { formatter: name + ' {c}' },
        lineStyle: { type: dashed ? 'dashed' : 'solid', color: color }, data: [{ yAxis: value }]
      }
    };
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
      markLine: phaseTwo ? { symbol: 'none', label: { formatter: 'Phase II' }, lineStyle: { color: '#777' },
        data: [{ xAxis: phaseTwo }] } : undefined
    }, line('UCL', limits.ucl, true, '#555'), line('CL', limits.center, true, '#999'), line('LCL', limits.lcl, true, '#555'),
      line('min in force', c.currentMin, true, '#b3261e'), line('max in force', c.currentMax, true, '#b3261e'),
      line('proposed min', c.proposedMin, false, '#1d5e20'), line('proposed max', c.proposedMax, false, '#1d5e20')]
      .filter(function (s) { return s !== null; });
    var values = means.concat([limits.ucl, limits.lcl, c.currentMin, c.currentMax, c.proposedMin, c.proposedMax]
      .filter(function (v) { return v !== null && v !== undefined; }));
    var span = Math.max.apply(null, values) - Math.min.apply(null, values) || 1;
    echarts.init(el).setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
      xAxis: { type: 'category', name: 'lot', data: lots, axisLabel: { show: false } },
      // the range takes in the limits too (marked lines do not widen an axis); its odd ends are not labelled
      yAxis: { type: 'value', name: c.unit, scale: true, axisLabel: { showMinLabel: false, showMaxLabel: false },
        min: Math.min.apply(null, values) - span * 0.1, max: Math.max.apply(null, values) + span * 0.1 },
      series: series
    });
  }

  // Motor-side evidence from the loop's API; absent or empty means "no evidence yet", which stays shown.
  function transferFunctions(el) {
    fetch(el.getAttribute('data-transfer-source'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        var items = body && (body.items || body);
        if (!Array.isArray(items) || items.length === 0) { return; }
        el.innerHTML = '';
        items.forEach(function (tf, i) {
          var box = document.createElement('div');
          box.className = 'chart'; box.setAttribute('role', 'img');
          box.setAttribute('aria-label', 'Transfer function ' + (tf.name || i + 1) + ' with ' + (tf.points || []).length + ' points');
          el.appendChild(box);
          var pts = (tf.points || []).map(function (p) { return [p.x, p.y]; });
          var xs = pts.map(function (p) { return p[0]; });
          var fit = tf.fit && typeof tf.fit.slope === 'number' ? [[Math.min.apply(null, xs), tf.fit.intercept + tf.fit.slope * Math.min.apply(null, xs)],
            [Math.max.apply(null, xs), tf.fit.intercept + tf.fit.slope * Math.max.apply(null, xs)]] : [];
          echarts.init(box).setOption({
            animation: false, tooltip: {}, legend: { top: 0 },
            xAxis: { type: 'value', name: tf.xLabel || 'magnet property', scale: true },
            yAxis: { type: 'value', name: tf.yLabel || 'motor result', scale: true },
            series: [{ name: 'lots', type: 'scatter', data: pts },
              { name: 'fit', type: 'line', data: fit, symbol: 'none',
                markLine: typeof tf.derivedLimit === 'number' ? { symbol: 'none', label: { formatter: 'derived limit {c}' },
                  data: [{ xAxis: tf.derivedLimit }] } : undefined }]
          });
        });
      })
      .catch(function () { /* keep "no evidence yet" */ });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (window.echarts) {
      document.querySelectorAll('[data-control-chart]').forEach(controlChart);
      document.querySelectorAll('[data-transfer-source]').forEach(transferFunctions);
    }
  });
})();
