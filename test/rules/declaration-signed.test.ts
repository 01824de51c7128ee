import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, runRule } from '../helpers/portfolio.js';

const config = 'candidate: Lin Okafor\npathway: cmalt\n';
const declaration = (body: string) =>
  `---\nsection: declaration\n---\n# Declaration\n\nI confirm that this portfolio is my own work.\n\n${body}\n`;

describe('declaration-signed', () => {
  it('passes a declaration with a signed name and a date', async () => {
    const problems = await runRule('declaration-signed', {
      'cmalt.yml': config,
      'declaration.md': declaration('**Signed:** Lin Okafor  \n**Date:** 14 March 2026'),
    });
    expect(problems).toEqual([]);
  });

  it('passes the layouts candidates really use', async () => {
    for (const name of ['bold-headings', 'jekyll-en-dash', 'single-file'])
      expect(await runRule('declaration-signed', path.join(fixtures, 'layouts', name))).toEqual([]);
  });

  it('reports a declaration with neither name nor date, at its heading', async () => {
    const problems = await runRule('declaration-signed', {
      'cmalt.yml': config,
      'declaration.md': declaration('Signed: [your name]'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'declaration.md',
      line: 4,
      section: 'declaration',
      severity: 'error',
    });
    expect(problems[0]?.message).toBe('the declaration has no signed name and no date');
    expect(problems[0]?.hint).toContain('`Signed: Lin Okafor`');
  });

  it('says which of the two is missing', async () => {
    const undated = await runRule('declaration-signed', {
      'cmalt.yml': config,
      'declaration.md': declaration('Signature: Lin Okafor'),
    });
    expect(undated[0]?.message).toBe('the declaration is signed (Lin Okafor) but not dated');
    const unsigned = await runRule('declaration-signed', {
      'cmalt.yml': 'candidate: Lin Okafor\npathway: cmalt\n',
      'declaration.md': declaration('Date: 2026-03-14'),
    });
    expect(unsigned[0]?.message).toBe('the declaration has a date (2026-03-14) but no signed name');
  });

  it("does not take the assessor's name for a signature", async () => {
    const problems = await runRule('declaration-signed', {
      'cmalt.yml': 'candidate: Lin Okafor\npathway: cmalt\n',
      'declaration.md': declaration(
        'Date: 14 March 2026\n\n## Nominated assessor\n\nName: Dr Sam Patel\nEmail: sam.patel@example.ac.uk',
      ),
    });
    expect(problems[0]?.message).toBe(
      'the declaration has a date (14 March 2026) but no signed name',
    );
  });

  it('warns when the nominated assessor is the line manager', async () => {
    const problems = await runRule('declaration-signed', {
      'cmalt.yml': config,
      'declaration.md': declaration(
        'Signed: Lin Okafor, 14/03/2026\n\nNominated assessor: Dr Sam Patel, my line manager since 2022.',
      ),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 10, severity: 'warning' });
    expect(problems[0]?.message).toContain(
      'the nominated assessor appears to be your line manager',
    );
  });

  it('reads "is not my line manager" as it is meant', async () => {
    const problems = await runRule('declaration-signed', {
      'cmalt.yml': config,
      'declaration.md': declaration(
        'Signed: Lin Okafor, 14/03/2026\n\nNominated assessor: Dr Sam Patel. Sam is not my line manager.',
      ),
    });
    expect(problems).toEqual([]);
  });

  it('warns when cmalt.yml describes the assessor as the line manager', async () => {
    const problems = await runRule('declaration-signed', {
      'cmalt.yml': `${config}assessor:\n  name: Dr Sam Patel\n  relationship: line manager\n`,
      'declaration.md': declaration('Signed: Lin Okafor\nDate: 2026-03-14'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'cmalt.yml', severity: 'warning' });
  });
});
