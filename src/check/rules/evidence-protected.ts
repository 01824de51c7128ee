import type { Link, Portfolio } from '../../model/types.js';
import { defineRule } from '../rule.js';
import {
  ACCESS_DETAILS,
  isAccessNoteFor,
  OPEN_ACCESS,
  protectedPlace,
} from './support/link-access.js';
import { blockTextAt } from './support/link-places.js';
import { quoteUrl } from './support/link-source.js';

export const evidenceProtected = defineRule({
  id: 'evidence-protected',
  category: 'evidence',
  summary: 'Evidence behind a login (SharePoint, Google Drive, the VLE) comes with access details',
  severity: 'warning',
  heuristic: true,
  defaults: {},
  docs: {
    why: 'Assessors have no account at your institution: a SharePoint, OneDrive, Google Drive, Teams or VLE link asks them to log in, and the evidence counts as missing unless you give access details.',
    bad: '- [Module site](https://vle.example.ac.uk/course/view.php?id=4410)',
    good: '- [Module site](https://vle.example.ac.uk/course/view.php?id=4410) (guest access: username cmalt-guest, password in the submission email), or a PDF of the pages in evidence/',
  },
  check({ portfolio, report }) {
    const paragraphs = portfolio.files.flatMap((f) => f.paragraphs.map((p) => p.text));
    const sectionText = new Map<string, string>();
    for (const section of portfolio.sections)
      sectionText.set(
        section.id,
        section.parts.flatMap((p) => p.paragraphs.map((q) => q.text)).join(' '),
      );
    for (const file of portfolio.files) {
      for (const link of file.links) {
        const place = protectedPlace(link.url);
        if (!place || hasAccessDetails(portfolio, link, sectionText)) continue;
        // "Assessors: guest login for our Moodle is ..." in the contextual statement covers every Moodle link.
        if (paragraphs.some((text) => isAccessNoteFor(text, place))) continue;
        report({
          file: link.file,
          line: link.line,
          column: link.column,
          section: link.section,
          message: `\`${quoteUrl(link.url)}\` is on ${place.place}, which asks assessors to log in, and no access details are given nearby`,
          hint: 'Put a PDF or screenshots of it in the portfolio, or set sharing to "anyone with the link" and say so, or give assessors guest access details next to the link.',
        });
      }
    }
  },
});

function hasAccessDetails(
  portfolio: Portfolio,
  link: Link,
  sectionText: Map<string, string>,
): boolean {
  const file = portfolio.files.find((f) => f.path === link.file);
  const beside = `${link.text} ${file ? blockTextAt(file, link.line) : ''}`;
  if (ACCESS_DETAILS.test(beside) || OPEN_ACCESS.test(beside)) return true;
  return link.section !== undefined && ACCESS_DETAILS.test(sectionText.get(link.section) ?? '');
}
