import { defineRule } from '../rule.js';
import { resolveLink } from '../../model/links/resolve-link.js';
import { quoteUrl } from './support/link-source.js';

export const linkOutside = defineRule({
  id: 'link-outside',
  category: 'evidence',
  summary: 'No link leaves the portfolio folder or names a path on your disk',
  severity: 'error',
  defaults: {},
  docs: {
    why: 'Only the portfolio folder is zipped or published: a link that climbs out of it (`../`) or names a disk path (`/Users/...`) works on your computer and nowhere else.',
    bad: '[Evaluation report](../../shared/evaluation-report.pdf)',
    good: 'Copy the report into the portfolio: [Evaluation report](evidence/evaluation-report.pdf)',
  },
  check({ portfolio, report }) {
    for (const file of portfolio.files) {
      for (const link of file.links) {
        const found = resolveLink(portfolio, link);
        if (found.kind !== 'outside') continue;
        const what = link.kind === 'image' ? 'image' : 'link';
        const name = found.path.split('/').pop() || 'the file';
        const page = /\.(md|markdown)$/i.test(found.path) ? 'a Markdown page' : 'a file';
        report({
          file: link.file,
          line: link.line,
          column: link.column,
          section: link.section,
          message:
            found.reason === 'parent'
              ? `${what} \`${quoteUrl(link.url)}\` points to ${page} outside the portfolio folder (${found.path}), which will not be in the zip or on the site`
              : `${what} \`${quoteUrl(link.url)}\` is a path on your own computer's disk, which assessors cannot open`,
          hint: `Copy ${name} into the portfolio folder (for example into evidence/) and link to it from there, e.g. evidence/${name}.`,
        });
      }
    }
  },
});
