import type { Link } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { resolveLink, siteInfo } from '../../model/links/resolve-link.js';
import { quoteUrl, writtenWithLiquid } from './support/link-source.js';

export const linkSiteAbsolute = defineRule({
  id: 'link-site-absolute',
  category: 'evidence',
  summary: 'Links that start with / work on the published site only, not in a zip',
  severity: 'info',
  defaults: {},
  docs: {
    why: 'A link such as `/my-cmalt/assets/report.pdf` is read from the root of the web site. It works on GitHub Pages, but in a zip or a downloaded copy it points nowhere, so send assessors the site address, or write the links relative to the page.',
    bad: '[Evaluation report](/my-cmalt/assets/report.pdf)',
    good: '[Evaluation report](assets/report.pdf), or in a Jekyll site [Evaluation report]({{ site.baseurl }}/assets/report.pdf)',
  },
  check({ portfolio, report }) {
    // One finding for the whole portfolio: it is a habit, not a slip in one link.
    const found: Link[] = [];
    for (const file of portfolio.files) {
      for (const link of file.links) {
        if (!link.url.trim().startsWith('/') || writtenWithLiquid(file, link)) continue;
        const resolved = resolveLink(portfolio, link);
        if (resolved.kind === 'found' && resolved.via === 'site') found.push(link);
      }
    }
    const first = found[0];
    if (!first) return;
    const files = [...new Set(found.map((l) => l.file))];
    const base = siteInfo(portfolio).baseurl;
    const others =
      found.length > 1 ? ` and ${found.length - 1} other link${found.length > 2 ? 's' : ''}` : '';
    report({
      file: first.file,
      line: first.line,
      column: first.column,
      section: first.section,
      message: `\`${quoteUrl(first.url)}\`${others} in ${files.length === 1 ? files[0] : `${files.length} files`} ${found.length > 1 ? 'start' : 'starts'} with / (a site address${base ? ` under /${base}` : ''}): ${found.length > 1 ? 'they work' : 'it works'} on the published site, but not in a zip or offline copy`,
      hint: 'If you submit a zip, write links relative to the page (assets/report.pdf). If you submit the site address, this is fine: turn the rule off with `link-site-absolute: off` in cmalt.yml.',
    });
  },
});
