import { escapeHtml } from '../build/html.js';
import type { Problem } from '../model/types.js';
import type { RebuildOutcome } from './types.js';

export const LIVE_PREFIX = '/__cmalt/';

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/**
 * The problems that belong on one page: a section page shows its section's, the other pages
 * show those of the portfolio as a whole. Problems that stop a file being read show everywhere.
 */
export function problemsForPage(outcome: RebuildOutcome, file: string): Problem[] {
  const page = outcome.pages.find((p) => p.file === file);
  const own = page?.section
    ? outcome.problems.filter((p) => p.section === page.section)
    : outcome.problems.filter((p) => !p.section);
  return own.filter((p) => !outcome.blocking.includes(p));
}

/** Where a problem is, as `file:line`, for the candidate to open in their editor. */
export function where(problem: Problem): string {
  return problem.file ? `${problem.file}:${problem.line}` : 'the portfolio';
}

/**
 * The live check panel: a labelled region with a heading, a toggle button that says whether the
 * list is shown, and the list itself (focusable, since it scrolls). Only `serve` adds it.
 */
export function livePanel(outcome: RebuildOutcome, file: string): string {
  const page = outcome.pages.find((p) => p.file === file);
  const problems = problemsForPage(outcome, file);
  const scope = page?.section ? page.section : 'the portfolio as a whole';
  const count = problems.length + outcome.blocking.length;
  const heading =
    count === 0
      ? `Live check: no problems in ${escapeHtml(scope)}`
      : `Live check: ${count} ${count === 1 ? 'problem' : 'problems'} in ${escapeHtml(scope)}`;
  const blocking = outcome.blocking.length
    ? `<div class="cmalt-live-blocking" role="alert">
<p><strong>${outcome.built ? 'A file could not be read.' : 'The preview could not be rebuilt, so it shows the last version that worked.'}</strong> Fix this and save again:</p>
<ul>
${outcome.blocking.map(item).join('\n')}
</ul>
</div>`
    : '';
  const list = problems.length
    ? `<ul class="cmalt-live-list">\n${problems.map(item).join('\n')}\n</ul>`
    : outcome.blocking.length
      ? ''
      : `<p>Nothing to fix here. Saved changes appear on this page by themselves.</p>`;
  return `<section class="cmalt-live" id="cmalt-live" aria-labelledby="cmalt-live-heading" data-version="${outcome.version}">
<div class="cmalt-live-head">
<h2 id="cmalt-live-heading">${heading}</h2>
<button type="button" class="cmalt-live-toggle" id="cmalt-live-toggle" aria-expanded="true" aria-controls="cmalt-live-body">Problems</button>
</div>
<div class="cmalt-live-body" id="cmalt-live-body" tabindex="0" aria-labelledby="cmalt-live-heading">
${blocking}
${list}
<p class="cmalt-live-note">Shown only while you preview with cmalt serve; never in the built site.</p>
</div>
</section>
<script src="${LIVE_PREFIX}live.js"></script>`;
}

function item(problem: Problem): string {
  const hint = problem.hint
    ? `<br><span class="cmalt-live-hint">${withCode(problem.hint)}</span>`
    : '';
  return `<li class="cmalt-live-${problem.severity}"><span class="cmalt-live-severity">${SEVERITY_WORD[problem.severity]}</span> <code>${escapeHtml(where(problem))}</code> ${withCode(problem.message)} <span class="cmalt-live-rule">(${escapeHtml(problem.ruleId)})</span>${hint}</li>`;
}

/** Messages and hints mark file names and examples with backticks, as check prints them: shown as code. */
function withCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Adds the panel's stylesheet and the panel to a built page, as it is sent; the file is untouched. */
export function injectPanel(html: string, panel: string): string {
  const style = `<link rel="stylesheet" href="${LIVE_PREFIX}live.css">`;
  const withStyle = html.includes('</head>')
    ? html.replace('</head>', `${style}\n</head>`)
    : `${style}\n${html}`;
  const at = withStyle.lastIndexOf('</body>');
  return at === -1
    ? `${withStyle}\n${panel}`
    : `${withStyle.slice(0, at)}${panel}\n${withStyle.slice(at)}`;
}

/** The page served before any build has worked: only the panel, saying what to fix. */
export function waitingPage(panel: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview not built yet · cmalt serve</title>
</head>
<body>
<main>
<h1>The preview is not built yet</h1>
<p>cmalt could not read the portfolio. The problem is shown below; this page reloads when you save a fix.</p>
</main>
</body>
</html>
`.replace('</body>', `${panel}\n</body>`);
}
