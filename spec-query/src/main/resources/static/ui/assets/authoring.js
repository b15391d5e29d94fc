// SpecLoop workspace, authoring: the editor's rows become the API's own JSON and go to the API's own
// endpoints, so a refusal is the API's problem+json, shown in the form's alert region. The live diff
// (htmx, see draft.html) sends the same JSON to the server, which compares it with the revision in force.
(function () {
  var API = '/api/specifications';

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : null;
  }
  function editor() { return document.getElementById('draft-form'); }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function field(root, name) {
    var el = root.querySelector('[data-field="' + name + '"]');
    return el ? el.value.trim() : '';
  }
  function optional(text) { return text === '' ? undefined : text; }
  function number(text) { return text === '' ? undefined : Number(text); }
  function quantity(text, unit) { return text === '' ? undefined : { value: Number(text), unit: unit }; }
  function pruned(o) {
    Object.keys(o).forEach(function (k) { if (o[k] === undefined) { delete o[k]; } });
    return o;
  }

  // A row counts once something is typed or chosen in it; the preset test temperature alone is not a limit.
  function filled(row) {
    var typed = false;
    each(row.querySelectorAll('input'), function (i) {
      if (i.value.trim() !== '' && i.getAttribute('data-field') !== 'temperature') { typed = true; }
    });
    return typed || field(row, 'characteristic') !== '';
  }
  function rows(form, name, map) {
    var body = form.querySelector('[data-rows="' + name + '"]');
    return body ? Array.prototype.filter.call(body.querySelectorAll('[data-row]'), filled).map(map) : [];
  }

  // The request body of POST /api/specifications, POST .../revisions and PUT .../revisions/{n}: one shape.
  function content(form) {
    var body = {};
    ['specificationId', 'partNumber', 'grade', 'title', 'reason'].forEach(function (name) {
      var el = form.elements[name];
      if (el && el.value.trim() !== '') { body[name] = el.value.trim(); }
    });
    body.characteristics = rows(form, 'characteristics', function (r) {
      var unit = field(r, 'unit');
      return pruned({ characteristic: field(r, 'characteristic'), min: quantity(field(r, 'min'), unit),
        max: quantity(field(r, 'max'), unit), target: quantity(field(r, 'target'), unit),
        testTemperature: quantity(field(r, 'temperature'), field(r, 'temperatureUnit')), standard: optional(field(r, 'standard')) });
    });
    body.composition = rows(form, 'composition', function (r) {
      return pruned({ element: field(r, 'element'), min: number(field(r, 'min')), max: number(field(r, 'max')) });
    });
    var sourcing = {
      qualifiedSources: rows(form, 'qualifiedSources', function (r) {
        return { tier: field(r, 'tier'), sourceId: field(r, 'sourceId') };
      }),
      countryExclusions: rows(form, 'countryExclusions', function (r) {
        return pruned({ tier: field(r, 'tier'), country: field(r, 'country'), effectiveFrom: optional(field(r, 'effectiveFrom')),
          rule: optional(field(r, 'rule')) });
      }),
      requiredCertificates: rows(form, 'requiredCertificates', function (r) {
        return pruned({ tier: field(r, 'tier'), kind: field(r, 'kind'), rule: optional(field(r, 'rule')) });
      }),
      minimumCustodyModel: optional(field(form, 'minimumCustodyModel'))
    };
    var firstArticle = field(form, 'firstArticleRequired'), ppap = field(form, 'ppapSubmissionLevel');
    if (firstArticle !== '' || ppap !== '') {
      sourcing.requalification = pruned({ firstArticleRequired: firstArticle === '' ? undefined : firstArticle === 'true',
        ppapSubmissionLevel: number(ppap) });
    }
    body.sourcingRules = pruned(sourcing);
    body.maxWorkingTemperature = quantity(field(form, 'maxWorkingTemperature'), field(form, 'maxWorkingTemperatureUnit'));
    return pruned(body);
  }

  // Read by the live diff's hx-vals.
  window.specloopDraft = {
    json: function () { var form = editor(); return form ? JSON.stringify(content(form)) : '{}'; },
    spec: function () { var form = editor(); return form ? form.getAttribute('data-spec') : ''; }
  };

  function problemText(status, problem) {
    if (!problem) { return 'The request failed (' + status + ').'; }
    return (problem.title ? problem.title + ': ' : '') + (problem.detail || '') + (problem.rule ? ' [rule ' + problem.rule + ']' : '');
  }

  function send(method, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json' };
    var header = meta('csrf-header'), token = meta('csrf-token');
    if (header && token) { headers[header] = token; }
    return fetch(url, { method: method, headers: headers, body: JSON.stringify(body || {}), credentials: 'same-origin' })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch (ignored) { /* not JSON */ }
          if (!response.ok) { throw new Error(problemText(response.status, json)); }
          return json;
        });
      });
  }

  // The read side follows the events a moment later: the next page is opened once it shows the change.
  function arrived(url, test) {
    var deadline = Date.now() + 15000;
    return new Promise(function (resolve) {
      (function poll() {
        fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : null; })
          .then(function (view) {
            if ((view && test(view)) || Date.now() > deadline) { resolve(); } else { setTimeout(poll, 250); }
          }, function () { setTimeout(poll, 250); });
      })();
    });
  }

  // shared with changework.js, whose forms write through the API the same way
  window.specloopApi = { send: send, arrived: arrived };

  function revisionApi(id, revision) { return API + '/' + encodeURIComponent(id) + '/revisions/' + revision; }
  function page(id, rest) { return '/ui/specifications/' + encodeURIComponent(id) + (rest || ''); }
  function go(url) { window.location.assign(url); }
  function status(wanted) { return function (view) { return view.status === wanted; }; }
  function any() { return true; }

  function act(form, action) {
    var id = form.getAttribute('data-spec'), revision = form.getAttribute('data-revision'), body = content(form);
    if (action === 'create') {
      return send('POST', API, body).then(function (created) {
        return arrived(revisionApi(created.specificationId, 1), any)
          .then(function () { go(page(created.specificationId, '/revisions/1/edit')); });
      });
    }
    if (action === 'draft') {
      return send('POST', API + '/' + encodeURIComponent(id) + '/revisions', body).then(function (drafted) {
        return arrived(revisionApi(id, drafted.revision), any)
          .then(function () { go(page(id, '/revisions/' + drafted.revision + '/edit')); });
      });
    }
    var saved = send('PUT', revisionApi(id, revision), body);
    if (action === 'propose') {
      // what is proposed is what is on the screen: saved first, then proposed
      return saved.then(function () { return send('POST', revisionApi(id, revision) + '/proposal', {}); })
        .then(function () { return arrived(revisionApi(id, revision), status('PROPOSED')); })
        .then(function () { go(page(id, '/revisions/' + revision)); });
    }
    return saved.then(function () { return 'Draft saved. The diff below is what it now changes.'; });
  }

  function run(form, work) {
    var box = form.closest('.signing');
    var problem = box.querySelector('[data-problem]'), outcome = box.querySelector('[data-outcome]');
    problem.textContent = '';
    outcome.textContent = '';
    each(box.querySelectorAll('button'), function (b) { b.disabled = true; });
    work().then(function (message) {
      if (message) { outcome.textContent = message; }
    }, function (error) {
      problem.textContent = error.message;
    }).then(function () {
      each(box.querySelectorAll('button'), function (b) { b.disabled = false; });
    });
  }

  function changed(form) { form.dispatchEvent(new Event('input', { bubbles: true })); }

  function setUnits(form, row) {
    var units = JSON.parse(form.getAttribute('data-units'))[field(row, 'characteristic')] || [];
    var select = row.querySelector('[data-field="unit"]');
    select.innerHTML = '';
    units.forEach(function (u) {
      var option = document.createElement('option');
      option.value = u; option.textContent = u;
      select.appendChild(option);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = editor();
    if (!form) { return; }
    form.addEventListener('click', function (e) {
      var add = e.target.closest('[data-add-row]');
      if (add) {
        var name = add.getAttribute('data-add-row');
        var row = form.querySelector('[data-row-template="' + name + '"]').content.firstElementChild.cloneNode(true);
        form.querySelector('[data-rows="' + name + '"]').appendChild(row);
        var first = row.querySelector('select, input');
        if (first) { first.focus(); }
        changed(form);
      }
      var remove = e.target.closest('[data-remove-row]');
      if (remove) {
        remove.closest('[data-row]').remove();
        changed(form);
      }
    });
    form.addEventListener('change', function (e) {
      if (e.target.getAttribute('data-field') === 'characteristic') { setUnits(form, e.target.closest('[data-row]')); }
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var action = e.submitter ? e.submitter.getAttribute('data-action') : null;
      run(form, function () { return act(form, action || (form.getAttribute('data-mode') === 'edit' ? 'save' : form.getAttribute('data-mode'))); });
    });
    var discard = document.getElementById('discard-form');
    if (discard) {
      discard.addEventListener('submit', function (e) {
        e.preventDefault();
        var id = form.getAttribute('data-spec'), revision = form.getAttribute('data-revision');
        if (!window.confirm('Discard draft revision ' + revision + ' of ' + id + '? It cannot be proposed afterwards.')) { return; }
        run(discard, function () {
          return send('POST', revisionApi(id, revision) + '/discard', { reason: discard.elements.reason.value.trim() })
            .then(function () { return arrived(revisionApi(id, revision), status('DISCARDED')); })
            .then(function () { go(page(id)); });
        });
      });
    }
  });
})();
