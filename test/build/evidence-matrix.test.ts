import { describe, expect, it } from 'vitest';
import { copyToTemp } from '../helpers/portfolio.js';
import { buildDir, mainOf, smallPortfolio } from './build-helpers.js';

describe('the evidence matrix', () => {
  it('lists every evidence item against the sections that cite it', async () => {
    const built = await buildDir(await copyToTemp(smallPortfolio));
    const html = mainOf(await built.read('evidence.html'));
    expect(html).toContain(
      '<caption id="evidence-caption">Evidence cited by each section</caption>',
    );
    const columns = [...html.matchAll(/<th scope="col">(?:<a [^>]*>)?([^<]+)/g)].map((m) => m[1]);
    expect(columns).toEqual([
      'Evidence',
      '1a',
      '1b',
      '1c',
      '2a',
      '2b',
      '3a',
      '3b',
      '4a',
      'Specialist',
      'Sections',
    ]);
    const rows = [
      ...html.matchAll(/<tr><th scope="row"><a href="([^"]+)">([^<]+)<\/a>.*?<\/th>(.*?)<\/tr>/g),
    ].map((m) => ({ href: m[1], label: m[2], cited: (m[3]?.match(/cited/g) ?? []).length }));
    expect(rows).toEqual([
      {
        href: 'evidence/options-appraisal.pdf',
        label: 'Options appraisal for collaborative annotation (PDF)',
        cited: 6,
      },
      { href: 'evidence/Survey%20Results.pdf', label: 'Survey of pilot students (PDF)', cited: 2 },
      {
        href: 'appendix.html#appendix-a-pilot-timeline',
        label: 'Appendix A: pilot timeline',
        cited: 1,
      },
      { href: 'evidence/chart.png', label: 'Chart of Start here page views', cited: 1 },
      { href: 'evidence/notes.txt', label: 'Template change notes (plain text)', cited: 7 },
      { href: 'appendix.html#appendix-b-drop-in-log', label: 'Appendix B: drop-in log', cited: 1 },
      {
        href: 'https://example.org/open-resources',
        label: 'Open resources on the faculty site',
        cited: 1,
      },
    ]);
    expect(html).toContain('<tfoot><tr><th scope="row">Items cited</th>');
  });
});
