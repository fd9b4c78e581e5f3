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
