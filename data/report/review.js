// songngu review page: filters (doubtful beads, findings, document, text) and keyboard navigation
// between doubtful rows. Inlined into reports/review.html; works from file:// with no network.
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.row'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.document'));
  var doubtfulOnly = document.getElementById('doubtful-only');
  var findingsOnly = document.getElementById('findings-only');
  var documentFilter = document.getElementById('document-filter');
  var textFilter = document.getElementById('text-filter');
  var showCandidates = document.getElementById('show-candidates');
  var visibleCount = document.getElementById('visible-count');
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function apply() {
    var doc = documentFilter.value;
    var query = textFilter.value.trim().toLowerCase();
    var shown = 0;
    var shownPerDoc = {};
    rows.forEach(function (row, i) {
      var show = (!doubtfulOnly.checked || row.classList.contains('doubtful')) &&
                 (!findingsOnly.checked || row.classList.contains('has-finding')) &&
                 (doc === '' || row.getAttribute('data-doc') === doc) &&
                 (query === '' || texts[i].indexOf(query) >= 0);
      row.hidden = !show;
      if (show) {
        shown += 1;
        shownPerDoc[row.getAttribute('data-doc')] = true;
      }
    });
    sections.forEach(function (section) {
      section.hidden = !shownPerDoc[section.getAttribute('data-doc')];
    });
    visibleCount.textContent = shown + ' of ' + rows.length + ' rows shown';
  }

  function reveal(row) {
    if (row.hidden) {
      doubtfulOnly.checked = false;
      findingsOnly.checked = false;
      documentFilter.value = '';
      textFilter.value = '';
      apply();
    }
    row.scrollIntoView({block: 'center'});
    row.classList.remove('flash');
    void row.offsetWidth;  // restart the animation
    row.classList.add('flash');
  }

  function step(direction) {
    var middle = window.innerHeight / 2;
    var candidates = rows.filter(function (row) {
      return !row.hidden && row.classList.contains('doubtful');
    });
    if (candidates.length === 0) return;
    var pick = null;
    if (direction > 0) {
      pick = candidates.find(function (row) { return row.getBoundingClientRect().top > middle + 1; });
      pick = pick || candidates[0];
    } else {
      for (var i = candidates.length - 1; i >= 0 && !pick; i--) {
        if (candidates[i].getBoundingClientRect().top < middle - 1) pick = candidates[i];
      }
      pick = pick || candidates[candidates.length - 1];
    }
    reveal(pick);
  }

  [doubtfulOnly, findingsOnly, documentFilter].forEach(function (el) {
    el.addEventListener('change', apply);
  });
  textFilter.addEventListener('input', apply);
  showCandidates.addEventListener('change', function () {
    document.body.classList.toggle('hide-candidates', !showCandidates.checked);
  });
  document.getElementById('next-doubtful').addEventListener('click', function () { step(1); });
  document.getElementById('prev-doubtful').addEventListener('click', function () { step(-1); });
  document.addEventListener('keydown', function (event) {
    var tag = event.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'n') step(1);
    else if (event.key === 'p') step(-1);
  });
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a.goto');
    if (!link) return;
    var row = document.getElementById(link.getAttribute('href').slice(1));
    if (row) {
      event.preventDefault();
      history.replaceState(null, '', link.getAttribute('href'));
      reveal(row);
    }
  });
  apply();
}());
