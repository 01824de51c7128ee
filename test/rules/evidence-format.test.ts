import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

describe('evidence-format', () => {
  it('passes PDF, HTML and image evidence', async () => {
    const problems = await runRule('evidence-format', {
      '4a.md':
        '# 4a Working with others\n\n- [Slides (PDF)](evidence/slides.pdf)\n- [Guide](evidence/guide.html)\n',
      'evidence/slides.pdf': 'pdf',
      'evidence/guide.html': '<p>guide</p>',
    });
    expect(problems).toEqual([]);
  });

  it('reports cited and uncited Office files with how to export each', async () => {
    const problems = await runRule('evidence-format', {
      '4a.md': [
        '# 4a Working with others',
        '',
        '- [Workshop slides](evidence/workshop.pptx)',
        '- [Shared plan](https://example.org/files/plan.docx?download=1)',
        '- [The slides again](./evidence/workshop.pptx)',
        '',
      ].join('\n'),
      'evidence/workshop.pptx': 'pptx',
      'evidence/budget.xlsx': 'xlsx',
    });
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      '4a.md:3',
      '4a.md:4',
      'evidence/budget.xlsx:1',
    ]);
    expect(problems[0]).toMatchObject({ severity: 'warning', section: '4a' });
    expect(problems[0]?.message).toBe(
      'evidence `evidence/workshop.pptx` (linked 2 times) is a PowerPoint file; assessors may not have the software to open it',
    );
    expect(problems[1]?.hint).toBe(
      'Link to a PDF copy instead: export as PDF from Word: File > Save As > PDF.',
    );
    expect(problems[2]?.message).toContain('budget.xlsx is an Excel workbook');
  });
});
