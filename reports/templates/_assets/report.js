/* qdiff comparison report: filters, search and sortable tables. Everything works without this
   script (every item is shown, tables keep their order); it only narrows what is on screen. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var items = Array.prototype.slice.call(document.querySelectorAll("#item-list .item"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("#item-list .group"));

  function norm(text) {
    return text.replace(/\s+/g, "").toLowerCase();
  }

  /* The searchable text of each item, read once. */
  var haystack = items.map(function (item) { return norm(item.textContent); });

  function checkedStatuses() {
    var boxes = form.querySelectorAll('input[name="status"]');
    var on = {};
    var all = true;
    Array.prototype.forEach.call(boxes, function (box) {
      if (box.checked) { on[box.value] = true; } else { all = false; }
    });
    return { on: on, all: all };
  }

  function describe(statuses) {
    var parts = [];
    if (!statuses.all) {
      parts.push(Array.prototype.filter.call(form.querySelectorAll('input[name="status"]'), function (b) { return b.checked; })
        .map(function (b) { return b.parentNode.querySelector(".badge").textContent; }).join("、"));
    }
    ["facet", "section", "agency"].forEach(function (name) {
      var select = form.elements[name];
      if (select.value) { parts.push(select.options[select.selectedIndex].text); }
    });
    if (form.elements.q.value.trim()) { parts.push("“" + form.elements.q.value.trim() + "”"); }
    return parts.join(";");
  }

  function apply() {
    var statuses = checkedStatuses();
    var facet = form.elements.facet.value;
    var section = form.elements.section.value;
    var agency = form.elements.agency.value;
    var query = norm(form.elements.q.value);
    var shown = 0;
    var total = 0;
    items.forEach(function (item, index) {
      var visible = statuses.on[item.dataset.status] === true &&
        (!facet || item.dataset.facets.split(" ").indexOf(facet) >= 0) &&
        (!section || item.dataset.section === section) &&
        (!agency || item.dataset.agencies.split("|").indexOf(agency) >= 0) &&
        (!query || haystack[index].indexOf(query) >= 0);
      item.hidden = !visible;
      if (!item.hasAttribute("data-stub")) {
        total += 1;
        if (visible) { shown += 1; }
      }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".item:not([hidden])");
    });
    document.getElementById("filter-count").textContent = form.dataset.countTemplate
      .replace("{shown}", shown).replace("{total}", total);
    document.getElementById("no-match").hidden = shown > 0;
    var note = document.getElementById("print-filtered");
    var filtered = describe(statuses);
    note.hidden = !filtered;
    note.textContent = filtered ? form.dataset.printPrefix + filtered : "";
  }

  function reset() {
    form.reset();
    apply();
  }

  /* A link to an item hidden by the filters clears them, so the link always lands. */
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.closest("[hidden]")) {
      reset();
      target.scrollIntoView();
    }
  }

  function sortable(table) {
    var heads = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(heads, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        if (th.dataset.sort === "number" && th.getAttribute("aria-sort") === "none") {
          ascending = false; /* counts: largest first on the first click */
        }
        Array.prototype.forEach.call(heads, function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent.trim();
          var y = b.cells[column].textContent.trim();
          var order = th.dataset.sort === "number" ? Number(x) - Number(y) : x.localeCompare(y, "zh-CN");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  if (form) {
    form.hidden = false;
    document.getElementById("nojs-note").hidden = true;
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { setTimeout(apply, 0); });
    window.addEventListener("hashchange", reveal);
    Array.prototype.forEach.call(document.querySelectorAll("a[data-agency]"), function (link) {
      link.addEventListener("click", function () {
        reset();
        form.elements.agency.value = link.dataset.agency;
        apply();
      });
    });
    apply();
  }
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), sortable);
  document.documentElement.classList.add("js");
})();
