// Minh Bạch: small progressive enhancements. No inline scripts (CSP: script-src 'self').
(function () {
  'use strict';
  // htmx requests carry the CSRF token from the meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Buttons with data-confirm ask before submitting (the message names the consequence).
  document.addEventListener('submit', function (event) {
    var submitter = event.submitter;
    var message = (submitter && submitter.getAttribute('data-confirm')) || event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
  // The workflow editor adds up the steps' working days as they are typed (the server checks again on save).
  document.addEventListener('input', function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains('share-days') || !input.form) {
      return;
    }
    var total = 0;
    input.form.querySelectorAll('.share-days').forEach(function (field) {
      var days = parseInt(field.value, 10);
      total += isNaN(days) || days < 0 ? 0 : days;
    });
    var shown = input.form.querySelector('[data-share-total]');
    var limit = input.form.querySelector('[data-limit]');
    var over = input.form.querySelector('[data-share-over]');
    if (shown) {
      shown.textContent = total;
    }
    if (limit && over) {
      over.hidden = total <= parseInt(limit.getAttribute('data-limit'), 10);
    }
  });
  // Focus the error summary so screen readers announce it.
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();

// Warn two minutes before the session expires and let the person extend it (no work is lost).
(function () {
  'use strict';
  var body = document.body;
  var setting = body && body.getAttribute('data-session-timeout');
  var warning = document.getElementById('session-warning');
  if (!setting || !warning) {
    return;
  }
  var match = /^(\d+)\s*([smh]?)$/.exec(setting.trim());
  var seconds = match ? parseInt(match[1], 10) * ({ s: 1, m: 60, h: 3600 }[match[2] || 's']) : 1800;
  var timer;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      warning.hidden = false;
      document.getElementById('session-keepalive').focus();
    }, Math.max(10, seconds - 120) * 1000);
  }
  document.getElementById('session-keepalive').addEventListener('click', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    var headers = {};
    if (header && token) {
      headers[header.content] = token.content;
    }
    fetch(event.target.getAttribute('data-url'), { method: 'POST', headers: headers, credentials: 'same-origin' })
      .then(function () {
        warning.hidden = true;
        schedule();
      });
  });
  document.addEventListener('htmx:afterRequest', schedule);
  schedule();
})();
