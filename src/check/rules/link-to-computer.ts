import path from 'node:path';
import { targetKind } from '../../model/link-target.js';
import type { Portfolio } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { quoteUrl } from './support/link-source.js';

export const linkToComputer = defineRule({
  id: 'link-to-computer',
  category: 'evidence',
  summary: "No link points to a file on the author's own computer or network drive",
  severity: 'error',
  defaults: {},
  docs: {
    why: 'A `file:///C:/...` or `\\\\server\\share` link opens only on the computer that wrote it; assessors see an error, and the evidence counts as missing.',
    bad: '[Feedback from the digital champions](file:///C:/Users/jo/Documents/cmalt/feedback.docx)',
    good: 'Copy the file into the portfolio as PDF and link to it: [Feedback from the digital champions](evidence/feedback.pdf)',
  },
  check({ portfolio, report }) {
    for (const file of portfolio.files) {
      for (const link of file.links) {
        if (targetKind(link.url) !== 'computer') continue;
        const name = fileName(link.url);
        const where = /^\s*\\\\/.test(link.url)
          ? 'a shared drive on your own network'
          : 'a file on your own computer';
        const copy = name ? existingCopy(portfolio, name) : undefined;
        report({
          file: link.file,
          line: link.line,
          column: link.column,
          section: link.section,
          message: `${link.kind === 'image' ? 'image' : 'link'} \`${quoteUrl(link.url)}\` points to ${where}, which assessors cannot open`,
          hint: copy
            ? `The portfolio already holds ${copy}: link to that instead.`
            : `Copy ${name || 'the file'} into the portfolio folder (for example into evidence/, saved as PDF) and link to it from there.`,
        });
      }
    }
  },
});

function fileName(url: string): string {
  const last =
    url
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A file in the portfolio with the same name (any extension): the candidate may have copied it already. */
function existingCopy(portfolio: Portfolio, name: string): string | undefined {
  const stem = (n: string) => path.posix.basename(n, path.posix.extname(n)).toLowerCase();
  const wanted = stem(name);
  if (!wanted) return undefined;
  return portfolio.assets.find((a) => stem(a.path) === wanted)?.path;
}
