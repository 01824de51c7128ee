import path from 'node:path';
import { targetKind } from '../../model/link-target.js';
import { defineRule } from '../rule.js';
import { resolveLink } from './support/link-resolve.js';
import { extensionOf, PROPRIETARY } from './support/link-formats.js';
import { quoteUrl } from './support/link-source.js';

export const evidenceFormat = defineRule({
  id: 'evidence-format',
  category: 'evidence',
  summary:
    'Evidence is in formats anyone can open (PDF, HTML, images), not Word or PowerPoint files',
  severity: 'warning',
  defaults: {},
  docs: {
    why: 'ALT asks candidates to avoid proprietary formats: assessors may not have Word, PowerPoint, Pages or Keynote, and a file they cannot open counts as missing evidence.',
    bad: '[Workshop slides](evidence/workshop.pptx)',
    good: '[Workshop slides (PDF)](evidence/workshop.pdf)',
  },
  check({ portfolio, report }) {
    const linked = new Set<string>();
    for (const file of portfolio.files) {
      for (const link of file.links) {
        const kind = targetKind(link.url);
        if (kind !== 'local' && kind !== 'web' && kind !== 'computer') continue;
        const found = kind === 'local' ? resolveLink(portfolio, link) : undefined;
        const target = found && 'path' in found && found.path ? found.path : link.url;
        if (found && 'path' in found) linked.add(found.path);
        const format = PROPRIETARY[extensionOf(target)];
        if (!format) continue;
        report({
          file: link.file,
          line: link.line,
          column: link.column,
          section: link.section,
          message: `evidence \`${quoteUrl(link.url)}\` is ${format.kind}; assessors may not have the software to open it`,
          hint: `Link to a PDF copy instead: ${format.export}.`,
        });
      }
    }
    for (const asset of portfolio.assets) {
      const format = PROPRIETARY[extensionOf(asset.path)];
      if (!format || linked.has(asset.path)) continue;
      report({
        file: asset.path,
        line: 1,
        column: 1,
        message: `${path.posix.basename(asset.path)} is ${format.kind}; if it goes into the zip, assessors may not have the software to open it`,
        hint: `Replace it with a PDF copy: ${format.export}.`,
      });
    }
  },
});
