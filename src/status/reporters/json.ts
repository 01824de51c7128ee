/**
 * `cmalt status --format json`: one JSON document, pretty-printed with a trailing newline.
 * Keys always come in the order below; optional keys are left out rather than set to null.
 *
 * ```jsonc
 * {
 *   "version": 1,                     // bumped only when a key changes meaning or disappears
 *   "portfolio": { "root": "my-portfolio", "candidate": "Lin Okafor", "pathway": "cmalt" },
 *   "today": "2026-07-01",            // the date days are counted from
 *   "totals": { "files": 14, "sections": 12, "errors": 1, "warnings": 2, "infos": 0 },
 *   "sections": [                     // portfolio order, then required sections not there yet
 *     {
 *       "id": "1a", "title": "An understanding of ...", "file": "1a.md",   // "" when missing
 *       "present": true, "assessed": true,
 *       "words": 724,
 *       "range": { "min": 250, "max": 1600, "ruleId": "criterion-length" }, // optional
 *       "length": "within",           // missing | empty | short | within | long | no-range
 *       "parts": { "description": true, "reflection": true, "evidence": true }, // optional
 *       "reflectionShare": 0.62,      // optional: reflective share of the prose, as the
 *                                     //   paragraph classifier reads it, 0..1, three decimals
 *       "evidenceItems": 4,
 *       "errors": 0, "warnings": 0, "infos": 0
 *     }
 *   ],
 *   "next": [                         // what to do next, most important first
 *     {
 *       "group": "missing-or-broken", // missing-or-broken | reflection | range | other | length
 *       "ruleId": "link-broken", "severity": "error",
 *       "file": "1c.md", "line": 78, "column": 3,
 *       "message": "...", "hint": "...", "section": "1c"   // hint and section optional
 *     }
 *   ],
 *   "dates": [                        // date order; only what cmalt.yml's dates give
 *     {
 *       "id": "window-closes",        // registered | window-opens | recommended-by |
 *                                     //   window-closes | registration-ends | awarded | review-due
 *       "label": "suggested submission window closes (6 months)",
 *       "date": "2026-09-14",
 *       "days": 75,                   // from today: positive ahead, negative past
 *       "note": "ALT suggests submitting by then"
 *     }
 *   ],
 *   "since": {                        // only with --since
 *     "then": { "label": "commit 3f2a1c9 (2026-05-02)", "kind": "sources" }, // or "site"
 *     "now": { "label": "now", "kind": "sources" },
 *     "sections": [
 *       {
 *         "id": "2b", "title": "...",
 *         "change": "changed",        // added | removed | changed | unchanged
 *         "wordsThen": 410, "wordsNow": 655, "wordsAdded": 260, "wordsRemoved": 15,
 *         "problemsThen": 3,          // optional: absent when the earlier version was a built site
 *         "problemsNow": 1,
 *         "evidenceAdded": ["evidence/survey.pdf"], "evidenceRemoved": []
 *       }
 *     ],
 *     "fixed": [ { "ruleId": "...", ... } ],  // problems then and not now (absent for a site)
 *     "added": [ { "ruleId": "...", ... } ]   // problems now and not then (absent for a site)
 *   }
 * }
 * ```
 */
import { round3 } from '../../check/reporters/bars.js';
import { problemJson } from '../../check/reporters/json.js';
import type { Problem } from '../../model/types.js';
import type { Comparison } from '../compare.js';
import type { PortfolioStatus } from '../portfolio-status.js';

function problem(p: Problem & { group?: string }) {
  return { ...(p.group === undefined ? {} : { group: p.group }), ...problemJson(p) };
}

export function statusJson(
  status: PortfolioStatus,
  options: { displayRoot: string; since?: Comparison },
): string {
  const doc = {
    version: 1,
    portfolio: { root: options.displayRoot, candidate: status.candidate, pathway: status.pathway },
    today: status.today,
    totals: status.totals,
    sections: status.sections.map((s) => ({
      id: s.id,
      title: s.title,
      file: s.file,
      present: s.present,
      assessed: s.assessed,
      words: s.words,
      ...(s.range ? { range: s.range } : {}),
      length: s.length,
      ...(s.parts ? { parts: s.parts } : {}),
      ...(s.reflectionShare === undefined ? {} : { reflectionShare: round3(s.reflectionShare) }),
      evidenceItems: s.evidenceItems,
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
    })),
    next: status.next.map(problem),
    dates: status.dates,
    ...(options.since
      ? {
          since: {
            then: options.since.then,
            now: options.since.now,
            sections: options.since.sections.map((s) => ({
              id: s.id,
              title: s.title,
              change: s.change,
              wordsThen: s.wordsThen,
              wordsNow: s.wordsNow,
              wordsAdded: s.wordsAdded,
              wordsRemoved: s.wordsRemoved,
              ...(s.problemsThen === undefined ? {} : { problemsThen: s.problemsThen }),
              problemsNow: s.problemsNow,
              evidenceAdded: s.evidenceAdded,
              evidenceRemoved: s.evidenceRemoved,
            })),
            ...(options.since.fixed ? { fixed: options.since.fixed.map(problem) } : {}),
            ...(options.since.added ? { added: options.since.added.map(problem) } : {}),
          },
        }
      : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
