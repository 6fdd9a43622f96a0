// Layout check of a campaignsim report page, injected by .ci/browser-check.sh into a copy of the page,
// which is shown in an <iframe> of the width to check (headless Chromium will not make a window
// narrower than 500 px, an iframe can be any width). Once the page has loaded it posts its findings
// to the harness page, one line each, "FAIL ..." for a problem, then "DONE"; the script greps them
// from the harness's dumped DOM.
window.addEventListener("load", function () {
  var out = [];
  function fail(msg) { out.push("FAIL " + msg); }
  function note(msg) { out.push("OK " + msg); }
  function name(el) {
    var s = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className && typeof el.className === "string" ? "." + el.className.trim().replace(/\s+/g, ".") : "");
    var t = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return s + (t ? " '" + t + "'" : "");
  }
  function visible(el) {
    var r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    for (var e = el; e; e = e.parentElement) {
      if (e.tagName === "DETAILS" && !e.open && e !== el && !(el.parentElement === e && el.tagName === "SUMMARY")) {
        // inside a closed <details> only its summary shows
        var summary = e.querySelector(":scope > summary");
        if (!summary || !summary.contains(el)) return false;
      }
      if (getComputedStyle(e).display === "none") return false;
    }
    return true;
  }
  function overlap(a, b) {
    var p = a.getBoundingClientRect(), q = b.getBoundingClientRect();
    var dx = Math.min(p.right, q.right) - Math.max(p.left, q.left);
    var dy = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
    return dx > 1 && dy > 1;
  }
  var w = window.innerWidth, h = window.innerHeight;
  note("viewport " + w + "x" + h);
  var doc = document.documentElement;
  if (doc.scrollWidth > w + 1) {
    fail("horizontal scroll: the page is " + doc.scrollWidth + " px wide in a " + w + " px window");
    // name the widest culprits
    Array.from(document.body.querySelectorAll("*")).filter(visible).filter(function (el) {
      var box = el.parentElement && el.parentElement.closest(".scroll");
      return !box && (el.getBoundingClientRect().right > w + 1
        || el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible" && el.clientWidth > 0);
    }).slice(0, 5).forEach(function (el) { fail("  beyond the right edge: " + name(el)); });
  }
  // First screen: the blocks the page names in <body data-first-screen="sel|sel|...">, present, in that
  // order, the first of them on the first screen (compare: the decision banner, then the overview table).
  var wanted = (document.body.getAttribute("data-first-screen") || "").split("|").filter(Boolean);
  if (wanted.length === 0) fail("the page does not name its first-screen blocks (body data-first-screen)");
  var found = wanted.map(function (sel) {
    var el = document.querySelector(sel);
    if (!el) fail("missing on the page: " + sel);
    return el;
  });
  for (var k = 1; k < found.length; k++) {
    if (found[k - 1] && found[k] && !(found[k - 1].getBoundingClientRect().top < found[k].getBoundingClientRect().top)) {
      fail(wanted[k - 1] + " is not above " + wanted[k]);
    }
  }
  if (found[0] && found[0].getBoundingClientRect().top >= h) fail(wanted[0] + " is not on the first screen");
  var table = document.querySelector("table.overview");
  if (table && table.getAttribute("data-chart") === "uplift" && !table.querySelector("td.bar .fp-track")) {
    fail("the overview table has no uplift chart column");
  }
  if (w >= 1000 && table) {
    var regret = Array.from(table.querySelectorAll("thead th")).pop();
    if (regret && regret.getBoundingClientRect().right > w) fail("the last column is off screen: " + name(regret));
    var last = table.querySelector("tbody tr:last-child");
    if (last && table.getBoundingClientRect().top >= h) fail("the overview table starts below the first screen");
  }
  // Nothing clipped: text must fit its box on the first screen and in every open section.
  var boxes = Array.from(document.querySelectorAll("h1, h2, nav a, .banner p, table th, table td, .fp-label, .fp-value, figcaption"))
    .filter(visible);
  boxes.forEach(function (el) {
    var st = getComputedStyle(el);
    if (el.closest(".scroll")) return; // a box that scrolls on purpose (the wide tables below the first screen)
    if (el.scrollWidth > el.clientWidth + 1 && st.overflowX !== "visible") fail("clipped: " + name(el));
    if (el.scrollWidth > el.clientWidth + 1 && (el.tagName === "TD" || el.tagName === "TH")) fail("overflows its cell: " + name(el));
    var r = el.getBoundingClientRect();
    if (r.left < -1 || r.right > w + 1) fail("outside the window: " + name(el));
  });
  // Nothing overlapping: tick labels of one axis, the tabs, and the first-screen blocks.
  document.querySelectorAll(".fp-axis .fp-track, td.bar .fp-axis .fp-track").forEach(function (axis) {
    if (!visible(axis)) return;
    var ticks = Array.from(axis.querySelectorAll(".fp-tick"));
    for (var i = 1; i < ticks.length; i++) {
      if (overlap(ticks[i - 1], ticks[i])) fail("tick labels overlap: " + name(ticks[i - 1]) + " and " + name(ticks[i]));
    }
    ticks.forEach(function (t) {
      var r = t.getBoundingClientRect(), a = axis.closest("figure, table").getBoundingClientRect();
      if (r.left < a.left - 1 || r.right > a.right + 1) fail("tick label outside its chart: " + name(t));
    });
  });
  var tabs = Array.from(document.querySelectorAll("nav.tabs a"));
  for (var i = 0; i < tabs.length; i++) for (var j = i + 1; j < tabs.length; j++) {
    if (overlap(tabs[i], tabs[j])) fail("tabs overlap: " + name(tabs[i]) + " and " + name(tabs[j]));
  }
  var blocks = ["header", "#decision", "#overview", "#headline"].map(function (s) { return document.querySelector(s); }).filter(Boolean);
  for (var i = 0; i < blocks.length; i++) for (var j = i + 1; j < blocks.length; j++) {
    if (overlap(blocks[i], blocks[j])) fail("blocks overlap: " + name(blocks[i]) + " and " + name(blocks[j]));
  }
  // Every tab leads to a section of the page.
  tabs.forEach(function (a) {
    var id = decodeURIComponent(a.getAttribute("href").slice(1));
    if (!document.getElementById(id)) fail("tab " + name(a) + " leads nowhere");
  });
  // Every image that shows has loaded.
  Array.from(document.images).filter(visible).forEach(function (img) {
    if (!img.complete || img.naturalWidth === 0) fail("image did not load: " + img.getAttribute("src"));
    else if (img.getBoundingClientRect().right > w + 1) fail("image wider than the window: " + img.getAttribute("src"));
  });
  // Clicking a header sorts its table: the overview's third column (the uplift), ascending, undefined last.
  if (table) {
    table.querySelectorAll("thead th")[2].click();
    var keys = Array.from(table.tBodies[0].rows).map(function (r) { return parseFloat(r.cells[2].getAttribute("data-v")); });
    var finite = keys.filter(function (k) { return !isNaN(k); });
    var sorted = finite.every(function (k, i) { return i === 0 || finite[i - 1] <= k; })
      && keys.slice(finite.length).every(function (k) { return isNaN(k); });
    if (!sorted) fail("clicking a header did not sort the overview table: " + keys.join(", "));
    else note("the overview table sorts by a click on its header");
  }
  note(boxes.length + " text boxes, " + tabs.length + " tabs, " + document.images.length + " images checked");
  window.parent.postMessage(out.join("\n") + "\nDONE\n", "*");
});
