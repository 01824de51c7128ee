/**
 * The panel's stylesheet and script, served by `serve` under /__cmalt/ and never written into
 * a site. Kept as strings here, so the bundled CLI needs no extra files.
 */
export const LIVE_CSS = `.cmalt-live {
  position: fixed;
  right: 1rem;
  bottom: 1rem;
  z-index: 1000;
  width: min(34rem, calc(100vw - 2rem));
  background: #ffffff;
  color: #1a1a1a;
  border: 2px solid #1a1a1a;
  border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
  font: 1rem/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
}
.cmalt-live-head {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 0.75rem;
  padding: 0.5rem 0.75rem;
  background: #f2f2f2;
  border-radius: 6px 6px 0 0;
}
.cmalt-live h2 {
  margin: 0;
  padding: 0;
  border: 0;
  font-size: 1rem;
  line-height: 1.3;
}
.cmalt-live-toggle {
  font: inherit;
  padding: 0.25rem 0.75rem;
  color: #ffffff;
  background: #1d4f91;
  border: 2px solid #1d4f91;
  border-radius: 4px;
  cursor: pointer;
}
.cmalt-live-toggle::after {
  content: ' \\25BE';
}
.cmalt-live-toggle[aria-expanded='false']::after {
  content: ' \\25B8';
}
.cmalt-live-toggle:focus-visible,
.cmalt-live-body:focus-visible {
  outline: 3px solid #b35900;
  outline-offset: 2px;
}
.cmalt-live-body {
  max-height: 40vh;
  overflow: auto;
  padding: 0.5rem 0.75rem;
}
.cmalt-live-body[hidden] {
  display: none;
}
.cmalt-live ul {
  margin: 0.25rem 0;
  padding-left: 1.1rem;
}
.cmalt-live li {
  margin: 0.4rem 0;
}
.cmalt-live code {
  font-size: 0.9em;
  background: #f2f2f2;
  padding: 0 0.2em;
}
.cmalt-live-severity {
  font-weight: 700;
}
.cmalt-live-error .cmalt-live-severity {
  color: #a4001d;
}
.cmalt-live-warning .cmalt-live-severity {
  color: #7a4300;
}
.cmalt-live-info .cmalt-live-severity {
  color: #1d4f91;
}
.cmalt-live-rule,
.cmalt-live-hint,
.cmalt-live-note {
  color: #4a4a4a;
}
.cmalt-live-note {
  font-size: 0.875rem;
}
.cmalt-live-blocking {
  border-left: 4px solid #a4001d;
  padding-left: 0.5rem;
}
@media print {
  .cmalt-live {
    display: none;
  }
}
`;

/**
 * Toggles the list (remembered across reloads) and reloads the page when a rebuild lands. The
 * page gets room below its end and scroll padding the panel's height, so the last lines and
 * anything scrolled to (a link followed, a focused control) can come out from under the panel.
 */
export const LIVE_JS = `(function () {
  var panel = document.getElementById('cmalt-live');
  var button = document.getElementById('cmalt-live-toggle');
  var body = document.getElementById('cmalt-live-body');
  if (!panel || !button || !body) return;
  var KEY = 'cmalt-live-open';
  function makeRoom() {
    var room = panel.offsetHeight + 24 + 'px';
    document.body.style.paddingBottom = room;
    document.documentElement.style.scrollPaddingBottom = room;
  }
  function show(open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    body.hidden = !open;
    makeRoom();
    try { sessionStorage.setItem(KEY, open ? '1' : '0'); } catch (e) {}
  }
  window.addEventListener('resize', makeRoom);
  var stored = null;
  try { stored = sessionStorage.getItem(KEY); } catch (e) {}
  show(stored !== '0');
  button.addEventListener('click', function () {
    show(button.getAttribute('aria-expanded') !== 'true');
  });
  var version = panel.getAttribute('data-version');
  var events = new EventSource('/__cmalt/events');
  events.addEventListener('rebuilt', function (event) {
    if (event.data !== version) location.reload();
  });
})();
`;
