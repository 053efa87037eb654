// Minh Bạch: the article editor. Without JavaScript the body is a plain HTML textarea; with it,
// Quill edits the same field. Images go up to the server first and come back as /media/ links.
(function () {
  'use strict';
  var textarea = document.getElementById('bodyHtml');
  var holder = document.getElementById('editor');
  if (!textarea || !holder || typeof window.Quill === 'undefined') {
    return;
  }
  var script = document.currentScript || document.querySelector('script[data-upload]');
  var uploadUrl = script ? script.getAttribute('data-upload') : null;
  holder.hidden = false;
  textarea.hidden = true;
  var label = document.querySelector('label[for="bodyHtml"]');
  var quill = new window.Quill(holder, {
    theme: 'snow',
    modules: {
      toolbar: {
        container: [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'], [{ list: 'ordered' }, { list: 'bullet' }],
          ['blockquote', 'link', 'image'], [{ align: [] }], ['clean']],
        handlers: { image: upload }
      }
    }
  });
  quill.root.innerHTML = textarea.value;
  labelToolbar(holder.previousElementSibling);
  quill.root.setAttribute('aria-label', label ? label.textContent : 'Nội dung');
  quill.root.setAttribute('aria-describedby', 'body-hint');
  quill.root.setAttribute('role', 'textbox');
  quill.root.setAttribute('aria-multiline', 'true');
  document.getElementById('article-form').addEventListener('submit', function () {
    textarea.value = quill.root.innerHTML;
  });

  function upload() {
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/jpeg,image/png';
    input.addEventListener('change', function () {
      if (!input.files || !input.files[0] || !uploadUrl) {
        return;
      }
      var data = new FormData();
      data.append('file', input.files[0]);
      var header = document.querySelector('meta[name="_csrf_header"]');
      var token = document.querySelector('meta[name="_csrf"]');
      var headers = {};
      if (header && token) {
        headers[header.content] = token.content;
      }
      fetch(uploadUrl, { method: 'POST', body: data, headers: headers, credentials: 'same-origin' })
        .then(function (response) { return response.json(); })
        .then(function (json) {
          if (json.url) {
            var range = quill.getSelection(true);
            quill.insertEmbed(range ? range.index : 0, 'image', json.url, 'user');
          } else if (json.error) {
            window.alert(json.error);
          }
        });
    });
    input.click();
  }

  // Quill's toolbar buttons are icons: give each an accessible name from the page's labels
  function labelToolbar(toolbar) {
    var labels = {};
    document.querySelectorAll('#editor-labels [data-for]').forEach(function (item) {
      labels[item.getAttribute('data-for')] = item.textContent;
    });
    if (!toolbar || !toolbar.classList.contains('ql-toolbar')) {
      return;
    }
    toolbar.setAttribute('role', 'toolbar');
    if (labels.toolbar) {
      toolbar.setAttribute('aria-label', labels.toolbar);
    }
    toolbar.querySelectorAll('button').forEach(function (button) {
      var format = (button.className.match(/ql-([a-z]+)/) || [])[1];
      var key = button.value ? format + '-' + button.value : format;
      var label = labels[key] || labels[format];
      if (label) {
        button.setAttribute('aria-label', label);
        button.setAttribute('title', label);
      }
    });
    toolbar.querySelectorAll('.ql-picker').forEach(function (picker) {
      var format = (picker.className.match(/ql-([a-z]+)/) || [])[1];
      var label = picker.querySelector('.ql-picker-label');
      if (label && labels[format]) {
        label.setAttribute('aria-label', labels[format]);
        label.setAttribute('title', labels[format]);
      }
      picker.querySelectorAll('.ql-picker-item').forEach(function (item) {
        var value = item.getAttribute('data-value') || 'none';
        var text = labels[format + '-' + value];
        if (text) {
          item.setAttribute('aria-label', text);
          item.setAttribute('title', text);
        }
      });
    });
  }
})();
