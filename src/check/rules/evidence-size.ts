import { defineRule } from '../rule.js';
import { formatSize, MB } from './support/link-formats.js';

export const evidenceSize = defineRule({
  id: 'evidence-size',
  category: 'evidence',
  summary: "The portfolio's files fit ALT's 10 MB advice and 25 MB limit",
  severity: 'error',
  defaults: { warnMb: 10, maxMb: 25 },
  docs: {
    why: 'ALT asks for attachments under 10 MB (e-mail systems block larger ones) and takes 25 MB at most. Over 10 MB is a warning; over 25 MB is an error, as the portfolio cannot be sent as it is.',
    bad: 'A 14 MB screen recording in evidence/, making the portfolio 18.2 MB.',
    good: 'The recording on a public video site, linked from the page, and a 300 KB PDF of screenshots in evidence/.',
  },
  check({ portfolio, options, report }) {
    const warnMb = Number(options.warnMb) || 10;
    const maxMb = Number(options.maxMb) || 25;
    const files = [
      ...portfolio.assets.map((a) => ({ path: a.path, size: a.size })),
      ...portfolio.files.map((f) => ({ path: f.path, size: Buffer.byteLength(f.text) })),
    ];
    const total = files.reduce((sum, f) => sum + f.size, 0);
    if (total <= warnMb * MB) return;
    const largest = [...files]
      .sort((a, b) => b.size - a.size)
      .slice(0, 3)
      .map((f) => `${f.path} (${formatSize(f.size)})`)
      .join(', ');
    const over = total > maxMb * MB;
    report({
      file: '',
      line: 1,
      column: 1,
      severity: over ? 'error' : 'warning',
      message: `the portfolio's ${files.length} files come to ${formatSize(total)}, ${over ? `over ALT's ${maxMb} MB limit` : `over ALT's advice of ${warnMb} MB`}; the largest are ${largest}`,
      hint: 'Compress images and PDFs (e.g. export at a lower resolution), put videos on a public video site and link to them, and remove files no section cites.',
    });
  },
});
