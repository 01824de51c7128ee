import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers/portfolio.js';

const MB = 1024 * 1024;

describe('evidence-size', () => {
  it('passes a portfolio under 10 MB', async () => {
    const problems = await runRule('evidence-size', {
      '1a.md': '# 1a\n\n[Report](evidence/report.pdf)\n',
      'evidence/report.pdf': Buffer.alloc(2 * MB),
    });
    expect(problems).toEqual([]);
  });

  it("warns over ALT's 10 MB advice and names the largest files", async () => {
    const problems = await runRule('evidence-size', {
      '1a.md': '# 1a\n\n[Recording](evidence/recording.mp4)\n',
      'evidence/recording.mp4': Buffer.alloc(9 * MB),
      'evidence/report.pdf': Buffer.alloc(2 * MB),
      'evidence/photo.jpg': Buffer.alloc(MB / 2),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '', line: 1, severity: 'warning' });
    expect(problems[0]?.message).toBe(
      "the portfolio's 4 files come to 11.5 MB, over ALT's advice of 10 MB; the largest are evidence/recording.mp4 (9.0 MB), evidence/report.pdf (2.0 MB), evidence/photo.jpg (512 KB)",
    );
  });

  it('is an error over the limit, which cmalt.yml may set', async () => {
    const problems = await runRule(
      'evidence-size',
      { '1a.md': '# 1a\n', 'evidence/recording.mp4': Buffer.alloc(3 * MB) },
      { 'evidence-size': { warnMb: 1, maxMb: 2 } },
    );
    expect(problems[0]?.severity).toBe('error');
    expect(problems[0]?.message).toContain("over ALT's 2 MB limit");
  });
});
