/*
 * The lab CSV import page: reads the chosen file's header in the browser to prefill the mapping (the
 * usual column names and property symbols come from the server, the same the API falls back to), then
 * posts the file itself to the public API with the session cookie and CSRF header, as authoring.js
 * does, so the rows are judged by the API's rules only. The report is the API's answer, line by line.
 */
(function () {
  'use strict';
  var form = document.getElementById('lab-import');
  if (!form) { return; }
  var vocabulary = JSON.parse(form.getAttribute('data-vocabulary'));
  var fileInput = document.getElementById('csv-file');
  var header = [];

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : null;
  }

  /** Lower case, letters and digits, without a unit in square brackets: LabCsvColumns.key. */
  function key(text) {
    var bracket = text.lastIndexOf('[');
    var name = bracket > 0 && /\]\s*$/.test(text) ? text.substring(0, bracket) : text;
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
  }

  function unitOf(text) {
    var m = /^(.*?)\s*\[([^\]]*)\]\s*$/.exec(text);
    if (!m) { return ''; }
    var unit = m[2].trim();
    return unit === '-' || unit === '1' ? '' : unit;
  }

  function property(column) {
    var k = key(column);
    for (var i = 0; i < vocabulary.properties.length; i++) {
      if (vocabulary.properties[i].keys.indexOf(k) >= 0) { return vocabulary.properties[i]; }
    }
    return null;
  }

  /** The header line: the delimiter it holds most outside quotes, then its cells (CsvTable's rule). */
  function readHeader(text, headerLine) {
    if (text.charCodeAt(0) === 0xFEFF) { text = text.substring(1); }
    var lines = text.split('\n');
    var line = (lines[headerLine - 1] || '').replace(/\r$/, '');
    var counts = { ';': 0, ',': 0, '\t': 0 }, quoted = false, i;
    for (i = 0; i < line.length; i++) {
      var c = line.charAt(i);
      if (c === '"') { quoted = !quoted; } else if (!quoted && counts[c] !== undefined) { counts[c]++; }
    }
    var delimiter = counts['\t'] > counts[','] && counts['\t'] > counts[';'] ? '\t' : counts[';'] > counts[','] ? ';' : ',';
    var cells = [], cell = '';
    quoted = false;
    for (i = 0; i < line.length; i++) {
      var ch = line.charAt(i);
      if (quoted) {
        if (ch === '"' && line.charAt(i + 1) === '"') { cell += '"'; i++; } else if (ch === '"') { quoted = false; } else { cell += ch; }
      } else if (ch === '"' && cell === '') { quoted = true; } else if (ch === delimiter) { cells.push(cell.trim()); cell = ''; } else { cell += ch; }
    }
    cells.push(cell.trim());
    return { delimiter: delimiter, cells: cells.filter(function (c, n) { return c !== '' || n < cells.length - 1; }),
      rows: lines.slice(headerLine).filter(function (l) { return l.trim() !== ''; }).length };
  }

  function fill(select, columns) {
    var field = select.getAttribute('data-field');
    var optional = select.getAttribute('data-optional');
    select.innerHTML = '';
    var none = document.createElement('option');
    none.value = '';
    none.textContent = optional ? '(' + optional + ')' : '(choose a column)';
    select.appendChild(none);
    var usual = vocabulary.columns[field] || [];
    var chosen = -1;
    columns.forEach(function (column, index) {
      var option = document.createElement('option');
      option.value = column;
      option.textContent = column;
      select.appendChild(option);
      if (chosen < 0 && usual.indexOf(key(column)) >= 0) { chosen = index; }
    });
    select.value = chosen >= 0 ? columns[chosen] : '';
    return chosen;
  }

  function showHeader(text) {
    var headerLine = parseInt(document.getElementById('import-header-line').value, 10) || 1;
    var read = readHeader(text, headerLine);
    header = read.cells;
    document.getElementById('csv-summary').textContent = header.length + ' columns, ' + read.rows + ' rows, separated by '
      + (read.delimiter === '\t' ? 'tabs' : read.delimiter === ';' ? 'semicolons' : 'commas') + '.';
    var taken = [];
    form.querySelectorAll('select[data-field]').forEach(function (select) {
      var index = fill(select, header);
      if (index >= 0) { taken.push(index); }
    });
    var t = document.getElementById('map-testTemperature').value;
    document.getElementById('map-testTemperatureUnit').value = t ? unitOf(t) : '';
    var body = document.querySelector('#value-columns tbody');
    body.innerHTML = '';
    header.forEach(function (column, index) {
      var p = property(column);
      var row = document.createElement('tr');
      row.innerHTML = '<td><input type="checkbox" class="value-import"></td><td class="value-column"></td>'
        + '<td><input class="value-property" list="property-list"></td><td><input class="value-unit" size="8"></td>';
      row.querySelector('.value-column').textContent = column;
      row.querySelector('.value-import').checked = !!p && taken.indexOf(index) < 0;
      row.querySelector('.value-import').setAttribute('aria-label', 'Import column ' + column);
      row.querySelector('.value-property').value = p ? p.symbol : '';
      row.querySelector('.value-property').setAttribute('aria-label', 'Property of column ' + column);
      row.querySelector('.value-unit').value = p ? unitOf(column) : '';
      row.querySelector('.value-unit').setAttribute('aria-label', 'Unit of column ' + column);
      row.setAttribute('data-column', column);
      body.appendChild(row);
    });
  }

  function readFile() {
    var file = fileInput.files[0];
    if (!file) { return; }
    file.text().then(showHeader);
  }

  fileInput.addEventListener('change', readFile);
  document.getElementById('import-header-line').addEventListener('change', readFile);

  function query() {
    var params = new URLSearchParams();
    ['import-lab', 'import-instrument', 'import-method', 'import-zone'].forEach(function (id) {
      var value = document.getElementById(id).value.trim();
      var name = { 'import-lab': 'lab', 'import-instrument': 'instrument', 'import-method': 'method', 'import-zone': 'timeZone' }[id];
      if (value) { params.append(name, value); }
    });
    var headerLine = document.getElementById('import-header-line').value;
    if (headerLine && headerLine !== '1') { params.append('headerLine', headerLine); }
    form.querySelectorAll('select[data-field]').forEach(function (select) {
      if (select.value) { params.append(select.getAttribute('data-field'), select.value); }
    });
    var unit = document.getElementById('map-testTemperatureUnit').value.trim();
    if (unit) { params.append('testTemperatureUnit', unit); }
    document.querySelectorAll('#value-columns tbody tr').forEach(function (row) {
      if (row.querySelector('.value-import').checked) {
        params.append('value', row.getAttribute('data-column') + '|' + row.querySelector('.value-property').value.trim()
          + '|' + row.querySelector('.value-unit').value.trim());
      }
    });
    return params.toString();
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text == null ? '' : text;
    if (className) { td.className = className; }
    row.appendChild(td);
  }

  function report(answer) {
    document.getElementById('import-summary').textContent = answer.accepted + ' accepted, ' + answer.duplicates
      + ' already known, ' + answer.refused.length + ' refused.';
    var body = document.querySelector('#import-lines tbody');
    body.innerHTML = '';
    answer.lines.forEach(function (line) {
      var row = document.createElement('tr');
      row.className = line.outcome;
      row.setAttribute('data-line', line.line);
      cell(row, line.line);
      cell(row, line.lotId);
      cell(row, line.sampleId);
      cell(row, line.outcome);
      var columns = line.columns ? Object.keys(line.columns).filter(function (field) {
        return line.reason && line.reason.indexOf(field) >= 0;
      }).map(function (field) { return field + ' = column "' + line.columns[field] + '"'; }) : [];
      cell(row, (line.reason || '') + (columns.length ? ' (' + columns.join(', ') + ')' : ''), 'reason');
      body.appendChild(row);
    });
    document.getElementById('import-report').hidden = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var problem = document.getElementById('import-problem');
    problem.textContent = '';
    document.getElementById('import-report').hidden = true; // a failed import must not show the last one's report
    var file = fileInput.files[0];
    if (!file) { problem.textContent = 'Choose a CSV file first.'; return; }
    // with no value parameter the API takes every property column of the header: not what an unticked list means
    if (!document.querySelector('#value-columns .value-import:checked')) {
      problem.textContent = 'Tick at least one property column to import.';
      return;
    }
    var headers = { 'Content-Type': 'text/csv', 'Accept': 'application/json, application/problem+json' };
    var csrfHeader = meta('csrf-header'), token = meta('csrf-token');
    if (csrfHeader && token) { headers[csrfHeader] = token; }
    var button = document.getElementById('import-button');
    button.disabled = true;
    fetch(form.getAttribute('data-endpoint') + '?' + query(), { method: 'POST', headers: headers, body: file, credentials: 'same-origin' })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (ignored) { /* not JSON */ }
          if (!response.ok) {
            throw new Error(json ? (json.title ? json.title + ': ' : '') + (json.detail || '') : 'The import failed (' + response.status + ').');
          }
          report(json);
        });
      })
      .catch(function (error) { problem.textContent = error.message; })
      .then(function () { button.disabled = false; });
  });
}());
