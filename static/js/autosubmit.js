// Lists sort as soon as the visitor picks an order (a <noscript> button does it without JavaScript).
document.addEventListener("change", function (event) {
  "use strict";
  if (event.target.matches("select[data-autosubmit]")) {
    event.target.form.submit();
  }
});
