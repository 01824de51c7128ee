import path from 'node:path';
import { targetKind } from '../../model/link-target.js';
import type { Link } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { resolveLink } from '../../model/links/resolve-link.js';
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
    // One finding per file, at its first citation: the fix is one PDF, however often it is linked.
    const cited = new Map<string, Link[]>();
    for (const file of portfolio.files) {
      for (const link of file.links) {
        const kind = targetKind(link.url);
        if (kind !== 'local' && kind !== 'web' && kind !== 'computer') continue;
        const found = kind === 'local' ? resolveLink(portfolio, link) : undefined;
        const target = found && 'path' in found && found.path ? found.path : link.url.trim();
        if (!PROPRIETARY[extensionOf(target)]) continue;
        cited.set(target, [...(cited.get(target) ?? []), link]);
      }
    }
    for (const [target, links] of cited) {
      const format = PROPRIETARY[extensionOf(target)];
      const first = links[0];
      if (!format || !first) continue;
      const times = links.length > 1 ? ` (linked ${links.length} times)` : '';
      report({
        file: first.file,
        line: first.line,
        column: first.column,
        section: first.section,
        message: `evidence \`${quoteUrl(first.url)}\`${times} is ${format.kind}; assessors may not have the software to open it`,
        hint: `Link to a PDF copy instead: ${format.export}.`,
      });
    }
    for (const asset of portfolio.assets) {
      const format = PROPRIETARY[extensionOf(asset.path)];
      if (!format || cited.has(asset.path)) continue;
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
