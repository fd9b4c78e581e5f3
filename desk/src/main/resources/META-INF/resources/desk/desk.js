// Served as a file: the Content-Security-Policy allows no inline script. htmx is loaded by the pages that use it
// only ({#scripts} in their template), which keeps it out of the first load of the others.
// An htmx request whose session has ended gets a 499 from the OIDC layer instead of a redirect to the login
// page (which a partial update could not follow): reload the page, which logs in again and comes back here.
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.xhr && event.detail.xhr.status === 499) {
    window.location.reload();
  }
});

// A print button (data-desk-print) is hidden without JavaScript, where the browser's own print command remains.
document.querySelectorAll('[data-desk-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
});

// A file over the size the API accepts is refused in the page itself, before a long upload: the field shows the same
// French message the server would give (the server checks again; without JavaScript it is the only check).
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.maxBytes) {
    return;
  }
  var file = input.files && input.files[0];
  var tooLarge = file && file.size > Number(input.dataset.maxBytes);
  input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
  var group = input.closest('.fr-upload-group');
  var messages = document.getElementById(input.getAttribute('aria-describedby'));
  if (group) {
    group.classList.toggle('fr-upload-group--error', Boolean(tooLarge));
  }
  if (messages) {
    messages.textContent = '';
    if (tooLarge) {
      var message = document.createElement('p');
      message.className = 'fr-message fr-message--error';
      message.textContent = input.dataset.tooLarge;
      messages.appendChild(message);
    }
  }
});
