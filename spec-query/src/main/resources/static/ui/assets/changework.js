// SpecLoop workspace: engineering-change work (plan, evidence, lots) and redrafting from a proposal.
// The forms send the API's own JSON through authoring.js's send (session cookie and CSRF header), so the
// checks are the API's and a refusal is its problem+json, written into the form's alert region. After a
// write the page waits until the read side shows it, then refreshes: no section ever shows less than
// what was just written.
(function () {
  function api() { return window.specloopApi; }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function value(root, selector) {
    var el = root.querySelector(selector);
    return el ? el.value.trim() : '';
  }
  function optional(text) { return text === '' ? undefined : text; }
  function changeApi(id) { return '/api/engineering-changes/' + encodeURIComponent(id); }
  function revisionApi(id, revision) { return '/api/specifications/' + encodeURIComponent(id) + '/revisions/' + revision; }

  // A row counts once something is typed in it; the preset "1 piece required" alone is not an item.
  function planItems(form) {
    return Array.prototype.filter.call(form.querySelectorAll('[data-rows="items"] [data-row]'), function (row) {
      return ['itemId', 'description', 'evidenceType'].some(function (f) { return value(row, '[data-field="' + f + '"]') !== ''; });
    }).map(function (row) {
      var required = value(row, '[data-field="required"]');
      return {
        itemId: value(row, '[data-field="itemId"]'), description: optional(value(row, '[data-field="description"]')),
        evidenceType: value(row, '[data-field="evidenceType"]'), required: required === '' ? undefined : Number(required)
      };
    });
  }

  // What each form sends, and how to tell that the read side (GET /api/engineering-changes/{id}) shows it.
  var WRITES = {
    plan: function (form) {
      var firstArticle = form.elements.firstArticleRequired.value, level = form.elements.ppapSubmissionLevel.value;
      return {
        path: '/plan',
        body: {
          items: planItems(form), dueDate: optional(form.elements.dueDate.value),
          firstArticleRequired: firstArticle === '' ? undefined : firstArticle === 'true',
          ppapSubmissionLevel: level === '' ? undefined : Number(level)
        },
        shown: function (view) { return view.change.status !== 'RAISED'; },
        message: function () { return 'Plan saved. Evidence can now be entered for its items.'; }
      };
    },
    evidence: function (form) {
      var itemId = form.elements.itemId.value, reference = form.elements.evidenceReference.value.trim();
      return {
        path: '/evidence',
        body: { itemId: itemId, evidenceReference: reference },
        shown: function (view) {
          return view.planItems.some(function (i) { return i.itemId === itemId && i.evidenceReferences.indexOf(reference) >= 0; });
        },
        message: function (view) {
          return 'Evidence ' + reference + ' recorded for ' + itemId + '.' + (view && view.change.status === 'EVIDENCE_COMPLETE'
            ? ' The evidence is complete: the change waits for an approver\'s decision.' : '');
        }
      };
    },
    lots: function (form) {
      var lotId = form.elements.lotId.value.trim();
      return {
        path: '/lots',
        body: { lotId: lotId },
        shown: function (view) { return view.lots.indexOf(lotId) >= 0; },
        message: function () { return 'Lot ' + lotId + ' attached to the change.'; }
      };
    }
  };

  function fetchView(id) {
    return fetch(changeApi(id), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; }, function () { return null; });
  }

  // The page as the server now renders it replaces the old one (htmx keeps the scroll and the SSE-free page
  // simple); the outcome is then announced in the new page's status region.
  function refresh(message) {
    return window.htmx.ajax('GET', window.location.pathname, { target: '#main', select: '#main', swap: 'outerHTML' })
      .then(function () {
        var outcome = document.getElementById('change-work-outcome');
        if (outcome) {
          outcome.textContent = message;
          // the button that was pressed is gone with the old content: keyboard focus continues at the outcome
          outcome.setAttribute('tabindex', '-1');
          outcome.focus();
        }
      });
  }

  function busy(box, on) {
    each(box.querySelectorAll('button'), function (b) { b.disabled = on; });
  }

  function changeWork(form) {
    var box = form.closest('.signing'), problem = box.querySelector('[data-problem]');
    var id = form.getAttribute('data-change'), write = WRITES[form.getAttribute('data-change-form')](form);
    problem.textContent = '';
    busy(box, true);
    api().send('POST', changeApi(id) + write.path, write.body)
      .then(function () { return api().arrived(changeApi(id), write.shown); })
      .then(function () { return fetchView(id); })
      .then(function (view) { return refresh(write.message(view)); })
      .catch(function (error) {
        problem.textContent = error.message;
        busy(box, false);
      });
  }

  // Reject (signed, over the API, as the Decision form's rejection) and draft the same content (the step
  // behind "Go back to this content"), then open the draft's editor. Rejection has no four-eyes rule, so a
  // proposer may redraft their own proposal; the new draft is the reader's, approved later by someone else.
  function redraftProposal(form) {
    var box = form.closest('.signing'), problem = box.querySelector('[data-problem]'), outcome = box.querySelector('[data-outcome]');
    var id = form.getAttribute('data-spec'), revision = form.getAttribute('data-revision');
    var reason = form.elements.reason.value.trim(), password = form.elements.password.value;
    var rejected = false;
    problem.textContent = '';
    outcome.textContent = '';
    busy(box, true);
    api().send('POST', revisionApi(id, revision) + '/rejection', { reason: reason, password: password })
      .then(function () {
        rejected = true;
        form.elements.password.value = '';
        outcome.textContent = 'Revision ' + revision + ' rejected; drafting its content again…';
        return api().send('POST', '/ui/specifications/' + encodeURIComponent(id) + '/revisions/' + revision + '/redraft',
          { reason: reason });
      })
      .then(function (drafted) {
        return api().arrived(revisionApi(id, drafted.revision), function () { return true; })
          .then(function () { window.location.assign(drafted.editor); });
      })
      .catch(function (error) {
        problem.textContent = rejected
          ? 'Revision ' + revision + ' is rejected, but no draft was made: ' + error.message
            + ' Reload the page and use "Go back to this content".'
          : error.message;
        busy(box, false);
      });
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.hasAttribute('data-change-form')) {
      e.preventDefault();
      changeWork(form);
    } else if (form.hasAttribute('data-redraft-proposal')) {
      e.preventDefault();
      redraftProposal(form);
    }
  });

  document.addEventListener('click', function (e) {
    var add = e.target.closest('[data-add-row]');
    var form = add && add.closest('[data-change-form]');
    if (form) {
      var name = add.getAttribute('data-add-row');
      var row = form.querySelector('[data-row-template="' + name + '"]').content.firstElementChild.cloneNode(true);
      form.querySelector('[data-rows="' + name + '"]').appendChild(row);
      row.querySelector('input').focus();
    }
    var remove = e.target.closest('[data-remove-row]');
    if (remove && remove.closest('[data-change-form]')) {
      remove.closest('[data-row]').remove();
    }
  });
})();
