/**
 * `cmalt check --format json`: one JSON document, pretty-printed with a trailing newline. Keys
 * always come in the order below; optional keys are left out rather than set to null.
 *
 * ```jsonc
 * {
 *   "version": 1,                    // bumped only when a key changes meaning or disappears
 *   "portfolio": {
 *     "root": "my-portfolio",        // the folder, relative to where cmalt ran ("." for here)
 *     "candidate": "Lin Okafor",     // from cmalt.yml ("" when there is none)
 *     "pathway": "cmalt"             // associate | cmalt | senior
 *   },
 *   "totals": { "files": 14, "sections": 12, "errors": 3, "warnings": 5, "infos": 2 },
 *   "sections": [                    // every section found, in portfolio order
 *     {
 *       "id": "1a", "title": "An understanding of ...", "file": "core-area-1.md",
 *       "assessed": true,
 *       "words": 845,
 *       "description": 0.312,        // shares of the section's words, 0..1, three decimals,
 *       "reflection": 0.421,         //   by the heading the words sit under
 *       "evidence": 0.188,
 *       "unlabelled": 0.079,
 *       "evidenceItems": 3,          // distinct pieces of evidence cited
 *       "errors": 0, "warnings": 2, "infos": 0,
 *       "status": "warning"          // ok | warning | error
 *     }
 *   ],
 *   "problems": [                    // sorted by file, line, column, severity, rule
 *     {
 *       "ruleId": "section-missing",
 *       "severity": "error",         // error | warning | info
 *       "file": "",                  // portfolio-relative, forward slashes; "" = the whole portfolio
 *       "line": 1, "column": 1,      // 1-based, in the original file (front matter included)
 *       "message": "section 2b (...) is missing for the cmalt pathway.",
 *       "hint": "Add 2b.md with ...", // optional
 *       "section": "2b",             // optional
 *       "fatal": true                // optional, only when the portfolio could not be checked
 *     }
 *   ],
 *   "paragraphs": [                  // only with --explain: every prose paragraph, pages outside sections too
 *     {
 *       "file": "core-area-1.md",    // portfolio-relative
 *       "line": 19,                  // 1-based, in the original file (front matter included)
 *       "section": "1a",
 *       "part": "reflection",        // the heading it sits under: description | reflection |
 *                                    //   evidence | references | summary | unlabelled
 *       "label": "reflection",       // how it reads: description | reflection | evidence | other
 *       "confidence": 0.82,          // 0..1, three decimals
 *       "cues": ["forward look: \"next time\""]
 *     }
 *   ]
 * }
 * ```
 */
import type { Problem } from '../../model/types.js';
import type { SectionSummary, Totals } from '../summarise.js';
import { round3 } from './bars.js';
import { readParagraphs } from './paragraph-readings.js';
import { rootPath } from './paths.js';
import type { Reporter } from './reporter.js';

export const JSON_REPORT_VERSION = 1;

export const formatJson: Reporter = (result, context) => {
  const { config } = context.portfolio;
  const report = {
    version: JSON_REPORT_VERSION,
    portfolio: {
      root: rootPath(context.displayRoot),
      candidate: config.candidate,
      pathway: config.pathway,
    },
    totals: totalsJson(result.totals),
    sections: result.sections.map(sectionJson),
    problems: result.problems.map(problemJson),
    ...(context.explain
      ? {
          paragraphs: readParagraphs(context.portfolio).map((r) => ({
            file: r.file,
            line: r.line,
            section: r.section,
            part: r.part,
            label: r.label,
            confidence: round3(r.confidence),
            reflectionShare: r.reflectionShare,
            cues: r.cues,
          })),
        }
      : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

// Each object is rebuilt key by key so the order never depends on how the result was assembled.

function totalsJson(t: Totals) {
  return {
    files: t.files,
    sections: t.sections,
    errors: t.errors,
    warnings: t.warnings,
    infos: t.infos,
  };
}

function sectionJson(s: SectionSummary) {
  return {
    id: s.id,
    title: s.title,
    file: s.file,
    assessed: s.assessed,
    words: s.words,
    description: round3(s.description),
    reflection: round3(s.reflection),
    evidence: round3(s.evidence),
    unlabelled: round3(s.unlabelled),
    evidenceItems: s.evidenceItems,
    errors: s.errors,
    warnings: s.warnings,
    infos: s.infos,
    status: s.status,
  };
}

/** One problem as the JSON reporters write it: keys in a fixed order, optional ones only when set. */
export function problemJson(p: Problem) {
  return {
    ruleId: p.ruleId,
    severity: p.severity,
    file: p.file,
    line: p.line,
    column: p.column,
    message: p.message,
    ...(p.hint !== undefined ? { hint: p.hint } : {}),
    ...(p.section !== undefined ? { section: p.section } : {}),
    ...(p.fatal ? { fatal: true } : {}),
  };
}
