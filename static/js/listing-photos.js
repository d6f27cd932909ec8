// Shows the photos chosen (or just taken) before they are sent, and warns when together
// they may be too large for one sending. The page works the same without this script.
(function () {
  "use strict";
  var LIMIT = 15 * 1024 * 1024; // under the server's 16 MB per request

  function preview(input) {
    var target = document.getElementById(input.getAttribute("data-photo-preview"));
    var warning = input.parentNode.querySelector(".photo-too-big");
    if (!target) { return; }
    while (target.firstChild) { target.removeChild(target.firstChild); }
    var total = 0;
    Array.prototype.forEach.call(input.files || [], function (file) {
      total += file.size;
      if (!/^image\//.test(file.type)) { return; }
      // A data: URL, not a blob: one: the security policy allows only those for images.
      var reader = new FileReader();
      reader.onload = function () {
        var image = document.createElement("img");
        image.alt = "";
        image.src = reader.result;
        target.appendChild(image);
      };
      reader.readAsDataURL(file);
    });
    if (warning) { warning.hidden = total <= LIMIT; }
  }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (input && input.hasAttribute && input.hasAttribute("data-photo-preview")) {
      preview(input);
    }
  });
})();
