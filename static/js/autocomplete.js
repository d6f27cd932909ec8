// Search suggestions: fills the search box's <datalist> from the autocomplete API as the visitor types.
(function () {
  "use strict";
  const input = document.querySelector("input[data-autocomplete]");
  if (!input || !window.fetch) return;
  const list = document.getElementById(input.getAttribute("list"));
  let timer = null;
  let lastQuery = "";

  function show(suggestions) {
    list.replaceChildren(...suggestions.map(function (text) {
      const option = document.createElement("option");
      option.value = text;
      return option;
    }));
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2 || query === lastQuery) return;
    timer = setTimeout(function () {
      lastQuery = query;
      const url = input.dataset.autocomplete + "&q=" + encodeURIComponent(query);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { show(data.suggestions || []); })
        .catch(function () { show([]); });
    }, 150);
  });
})();
