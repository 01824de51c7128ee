import type { Link, Portfolio } from '../../model/types.js';
import { defineRule, type Report } from '../rule.js';
import { quoteUrl } from './support/link-source.js';
import { resolveLink, type Resolution } from '../../model/links/resolve-link.js';

export const linkBroken = defineRule({
  id: 'link-broken',
  category: 'evidence',
  summary: 'Every local link, image and anchor points at something that exists',
  severity: 'error',
  defaults: {},
  docs: {
    why: "ALT's first screening opens every link; a link to a missing file, a renamed heading or a file whose name differs in letter case sends the portfolio back before assessment. Links are read as a site reads them: from the page's folder, from the portfolio root, or under the Jekyll baseurl, with .md pages linked as .html, without extension or by permalink, and anchors made from headings as GitHub or kramdown make them.",
    bad: '[Staff survey](appendix.md#appendix-d-staff-survey), when the heading was renamed to "Appendix D: Staff digital confidence survey".',
    good: '[Staff survey](appendix.md#appendix-d-staff-digital-confidence-survey)',
  },
  check({ portfolio, report }) {
    for (const file of portfolio.files) {
      for (const link of file.links) {
        const found = resolveLink(portfolio, link);
        const problem = describe(portfolio, link, found);
        if (problem) report(problem);
      }
    }
  },
});

function describe(portfolio: Portfolio, link: Link, found: Resolution): Report | undefined {
  const what = link.kind === 'image' ? 'image' : 'link';
  const at = { file: link.file, line: link.line, column: link.column, section: link.section };
  const url = quoteUrl(link.url);
  switch (found.kind) {
    case 'missing-file': {
      const guess = found.similar.length ? `; did you mean ${found.similar.join(' or ')}?` : '';
      return {
        ...at,
        message: `${what} \`${url}\` points to ${found.path || 'the site root'}, which is not in the portfolio${guess}`,
        hint: found.similar.length
          ? 'Correct the file name in the link (or rename the file), so the two match exactly.'
          : 'Add the file to the portfolio, or correct the link. Links are read from the folder of the page that holds them.',
      };
    }
    case 'case':
      return {
        ...at,
        message: `${what} \`${url}\` differs only in letter case from ${found.path}; it works on Windows and macOS but breaks on the web`,
        hint: `Write the name in the link exactly as the file is named (${found.path.split('/').pop()}), or rename the file to match the link.`,
      };
    case 'missing-anchor': {
      const where = found.path === link.file ? 'this page' : found.path;
      const guess = found.similar.length
        ? `; did you mean ${found.similar.map((a) => `#${a}`).join(' or ')}?`
        : '';
      const anchors = [...(portfolio.files.find((f) => f.path === found.path)?.anchors ?? [])];
      const listed = anchors.length
        ? ` Its anchors include ${anchors
            .slice(0, 4)
            .map((a) => `#${a}`)
            .join(', ')}${anchors.length > 4 ? ', ...' : ''}.`
        : '';
      return {
        ...at,
        message: `${what} \`${url}\` points to #${found.anchor}, but ${where} has no heading or id with that anchor${guess}`,
        hint: `An anchor is made from a heading's text, so renaming a heading breaks links to it: copy the anchor of the heading you mean into the link.${found.similar.length ? '' : listed}`,
      };
    }
    default:
      return undefined;
  }
}
