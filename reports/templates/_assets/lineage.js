/* qdiff multi-quarter report: the timeline's order, filters, search and tooltips, and opening a
   thread's history when something links to it. Inlined after report.js (sortable tables).
   Without this script the timeline is shown whole in its default order and every history opens
   by hand; the script only reorders and narrows what is on screen. */
(function () {
  "use strict";

  /* A link to a thread (or to something inside its history) opens that history. */
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    var details = target.closest("details");
    if (details && !details.open) {
      details.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();

  var tools = document.getElementById("history-tools");
  if (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-open]");
      if (!button) { return; }
      var open = button.dataset.open === "1";
      Array.prototype.forEach.call(document.querySelectorAll("details.thread"), function (d) {
        d.open = open;
      });
    });
  }

  var grid = document.getElementById("grid");
  var form = document.getElementById("grid-controls");
  if (!grid || !form) { return; }
  var body = grid.tBodies[0];
  var FLAGS = ["slipped", "stalled", "vanished_unfinished", "presumed_done"];
  var BEFORE_QUARTERS = 3; /* the thread, its number of quarters and its signals */
  var quarters = Array.prototype.map.call(grid.tHead.rows[1].cells, function (th) {
    return { code: th.dataset.q, title: th.title };
  });
  var entries = Array.prototype.map.call(body.rows, function (row, index) {
    return {
      row: row,
      index: index,
      age: Number(row.dataset.age),
      sev: Number(row.dataset.sev),
      last: Number(row.dataset.last),
      signals: row.dataset.sig ? row.dataset.sig.split(" ") : [],
      agencies: row.dataset.ag.split("|")
    };
  });
  var order = {
    "default": function (a, b) { return a.index - b.index; },
    age: function (a, b) { return b.age - a.age || a.index - b.index; },
    signal: function (a, b) { return b.sev - a.sev || b.age - a.age || a.index - b.index; },
    last: function (a, b) { return b.last - a.last || a.index - b.index; }
  };
  var sortedBy = "default";
  var haystack = null;

  function norm(text) {
    return text.replace(/\s+/g, "").toLowerCase();
  }

  function historyOf(row) {
    var link = row.cells[0].querySelector("a");
    return link ? document.getElementById(link.getAttribute("href").slice(1)) : null;
  }

  /* Search reads every wording of a thread, from its history: read once, on the first search. */
  function texts() {
    if (!haystack) {
      haystack = entries.map(function (entry) {
        var history = historyOf(entry.row);
        return norm(entry.row.cells[0].textContent + (history ? history.textContent : ""));
      });
    }
    return haystack;
  }

  function wanted(entry, signal, agency) {
    if (signal === "flagged") {
      if (!FLAGS.some(function (flag) { return entry.signals.indexOf(flag) >= 0; })) { return false; }
    } else if (signal === "none") {
      if (entry.signals.length) { return false; }
    } else if (signal && entry.signals.indexOf(signal) < 0) {
      return false;
    }
    return !agency || entry.agencies.indexOf(agency) >= 0;
  }

  function describe() {
    var parts = [];
    ["signal", "agency"].forEach(function (name) {
      var select = form.elements[name];
      if (select.value) { parts.push(select.options[select.selectedIndex].text); }
    });
    if (form.elements.q.value.trim()) { parts.push("“" + form.elements.q.value.trim() + "”"); }
    return parts.join(";");
  }

  function apply() {
    var signal = form.elements.signal.value;
    var agency = form.elements.agency.value;
    var query = norm(form.elements.q.value);
    var found = query ? texts() : null;
    var shown = 0;
    entries.forEach(function (entry) {
      var visible = wanted(entry, signal, agency) && (!query || found[entry.index].indexOf(query) >= 0);
      entry.row.hidden = !visible;
      if (visible) { shown += 1; }
    });
    var sort = form.elements.sort.value;
    if (sort !== sortedBy && order[sort]) {
      var fragment = document.createDocumentFragment();
      entries.slice().sort(order[sort]).forEach(function (entry) { fragment.appendChild(entry.row); });
      body.appendChild(fragment);
      sortedBy = sort;
    }
    document.getElementById("grid-count").textContent = form.dataset.countTemplate
      .replace("{shown}", shown).replace("{total}", entries.length);
    document.getElementById("grid-no-match").hidden = shown > 0;
    var note = document.getElementById("grid-print-filtered");
    var filtered = describe();
    note.hidden = !filtered;
    note.textContent = filtered ? form.dataset.printPrefix + filtered : "";
  }

  /* The quarter of a cell: runs of empty cells are joined with colspan. */
  function quarterOf(cell) {
    var index = 0;
    for (var before = cell.previousElementSibling; before; before = before.previousElementSibling) {
      index += before.colSpan;
    }
    return quarters[index - BEFORE_QUARTERS] || null;
  }

  function isQuarterCell(cell) {
    return cell && cell.className && !cell.classList.contains("num") && !cell.classList.contains("sig");
  }

  /* The rows of a history at a quarter: their first cell names it as the column's title does. */
  function rowsAt(history, quarter) {
    var rows = history ? history.querySelectorAll("table.history tbody tr:not(.h-absent):not(.h-gap)") : [];
    return Array.prototype.filter.call(rows, function (tr) {
      return tr.cells[0].textContent === quarter.title;
    });
  }

  /* A cell's tooltip: the quarter, then that quarter's wording, stage and change, from the history. */
  function tip(cell, quarter) {
    var lines = [quarter.title];
    if (cell.classList.contains("g")) {
      lines.push(grid.dataset.tipGap);
    } else if (cell.classList.contains("eu") || cell.classList.contains("ed")) {
      lines.push(grid.dataset[cell.classList.contains("eu") ? "tipUnfinished" : "tipDone"]);
    } else {
      rowsAt(historyOf(cell.parentNode), quarter).forEach(function (tr) {
        var cells = tr.cells;
        lines.push(cells[1].textContent.trim());
        var facts = [cells[2].textContent.trim(), cells[cells.length - 1].textContent.trim()];
        lines.push(facts.filter(Boolean).join(" · "));
      });
    }
    lines.push(grid.dataset.tipOpen);
    return lines.join("\n");
  }

  body.addEventListener("mouseover", function (event) {
    var cell = event.target.closest("td");
    if (!isQuarterCell(cell) || cell.title) { return; }
    var quarter = quarterOf(cell);
    if (quarter) { cell.title = tip(cell, quarter); }
  });

  /* A click on a cell opens the thread's history at that quarter. */
  body.addEventListener("click", function (event) {
    var cell = event.target.closest("td");
    if (!isQuarterCell(cell)) { return; }
    var history = historyOf(cell.parentNode);
    var quarter = quarterOf(cell);
    if (!history) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("table.history tr.hl"), function (tr) {
      tr.classList.remove("hl");
    });
    if (quarter) {
      rowsAt(history, quarter).forEach(function (tr) { tr.classList.add("hl"); });
    }
    if (location.hash === "#" + history.id) {
      history.open = true;
      history.scrollIntoView();
    } else {
      location.hash = history.id;
    }
  });

  /* A lead unit in the table per agency shows its threads in the timeline. */
  Array.prototype.forEach.call(document.querySelectorAll("a[data-grid-agency]"), function (link) {
    link.addEventListener("click", function () {
      form.reset();
      form.elements.agency.value = link.dataset.gridAgency;
      apply();
    });
  });

  form.hidden = false;
  document.getElementById("grid-nojs").hidden = true;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
})();
