import { mkdtemp, readFile, symlink, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listTree } from '../../src/build/manifest.js';
import { writePortfolio } from '../helpers/portfolio.js';
import { buildDir, CONFIG, mainOf, section } from './build-helpers.js';

/** Nothing in the output may do anything: no script, handler, frame, plugin or script URL. */
const ACTIVE = [
  /<script/i,
  /<style/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<svg/i,
  /<math/i,
  /<form/i,
  /<meta http-equiv/i,
  /<base/i,
  /<link(?! rel="stylesheet" href="site\.css">)/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /vbscript:/i,
  /data:/i,
  /style=/i,
  /url\(/i,
  /file:/i,
  /etc\/passwd"/i,
];

const HOSTILE: [string, string][] = [
  ['a script element', '<script>alert(1)</script>'],
  ['a script inside inline HTML', 'Text <script>alert(1)</script> more.'],
  ['an image with onerror', '<img src="x" onerror="alert(1)" alt="">'],
  ['a Markdown link to javascript:', '[x](javascript:alert(1))'],
  ['an HTML link to javascript:', '<a href="javascript:alert(1)">x</a>'],
  [
    'a javascript: link in disguise',
    '<a href="  JaVaScRiPt:alert(1)">x</a> <a href="jav&#x61;script:alert(1)">y</a>',
  ],
  ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['a data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['an iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  ['an svg with onload', '<svg onload="alert(1)"><circle r="5"/></svg>'],
  ['a style attribute with url()', '<div style="background:url(javascript:alert(1))">x</div>'],
  ['a style element', '<style>body{background:url(https://tracker.example/x)}</style>'],
  ['an object', '<object data="evil.swf"><embed src="evil.swf"></object>'],
  ['a form', '<form action="https://evil.example"><input name="q"><button>Go</button></form>'],
  [
    'a meta refresh and a base',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="https://evil.example/">',
  ],
  [
    'an event handler on details',
    '<details open ontoggle="alert(1)"><summary>s</summary>x</details>',
  ],
  ['a MathML link', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['a link to ../../etc/passwd', '[passwords](../../etc/passwd)'],
  ['an image of /etc/passwd', '![x](/etc/passwd)'],
  ['an HTML image of file:///etc/passwd', '<img src="file:///etc/passwd" alt="x">'],
];

async function buildHostile(body: string) {
  const dir = await writePortfolio({
    'cmalt.yml': CONFIG,
    '1a.md': section('1a', `## Description\n\n${body}\n\n## Reflection\n\nText.`),
  });
  return buildDir(dir, { singleFile: true });
}

describe('sanitising hostile content', () => {
  it.each(HOSTILE)('%s: nothing active reaches the page', async (_name, body) => {
    const built = await buildHostile(body);
    const main = mainOf(await built.read('1a.html'));
    for (const pattern of ACTIVE) expect(main).not.toMatch(pattern);
    const single = mainOf(await built.read('portfolio.html'));
    for (const pattern of ACTIVE.filter((p) => !/data:/.test(String(p))))
      expect(single).not.toMatch(pattern);
    // Only the site's own files are written: nothing was copied from anywhere.
    expect(built.result.evidence).toEqual([]);
  });

  it('lists the links it disarmed, with where they are', async () => {
    const built = await buildHostile(
      '[x](javascript:alert(1))\n\n[p](../../etc/passwd)\n\n![i](/etc/passwd)',
    );
    expect(built.result.skipped.map((s) => [s.url, s.line])).toEqual([
      ['javascript:alert(1)', 7],
      ['../../etc/passwd', 9],
      ['/etc/passwd', 11],
    ]);
  });

  it('turns an iframe from the web into a plain link, and remote images into links', async () => {
    const built = await buildHostile(
      '<iframe src="https://www.youtube.com/embed/abc" title="My conference talk"></iframe>\n\n![Poster](https://example.org/poster.png)',
    );
    const main = mainOf(await built.read('1a.html'));
    expect(main).toContain(
      '<a href="https://www.youtube.com/embed/abc" class="external-link">My conference talk (opens the original)</a>',
    );
    expect(main).toContain(
      '<a href="https://example.org/poster.png" class="external-link">Poster (image online)</a>',
    );
    expect(main).not.toMatch(/<img/);
  });

  it('never follows a symbolic link out of the portfolio, to a file or a folder', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'cmalt-outside-'));
    await writeFile(path.join(outside, 'secret.pdf'), 'TOP SECRET outside the portfolio');
    await mkdir(path.join(outside, 'folder'));
    await writeFile(path.join(outside, 'folder', 'secret.txt'), 'TOP SECRET in a folder');
    const dir = await writePortfolio({
      'cmalt.yml': CONFIG,
      '1a.md': section(
        '1a',
        '## Evidence\n\n- [Linked file](evidence/secret.pdf)\n- [Linked folder](evidence/folder/secret.txt)\n- ![Image](evidence/secret.pdf)',
      ),
    });
    await mkdir(path.join(dir, 'evidence'));
    await symlink(path.join(outside, 'secret.pdf'), path.join(dir, 'evidence', 'secret.pdf'));
    await symlink(path.join(outside, 'folder'), path.join(dir, 'evidence', 'folder'));

    const built = await buildDir(dir, { zip: true, singleFile: true });
    expect(built.result.evidence).toEqual([]);
    expect(built.result.skipped.map((s) => s.url)).toEqual([
      'evidence/secret.pdf',
      'evidence/folder/secret.txt',
      'evidence/secret.pdf',
    ]);
    const files = await listTree(built.result.outDir);
    expect(files.map((f) => f.path).filter((f) => f.startsWith('evidence/'))).toEqual([]);
    for (const file of files)
      expect(await readFile(file.absolutePath, 'utf8')).not.toContain('TOP SECRET');
    const zip = await readFile(built.result.zip?.path ?? '');
    expect(zip.includes(Buffer.from('TOP SECRET'))).toBe(false);
  });

  it('keeps what a candidate may use: ids, alt text, image sizes, figures and details', async () => {
    const dir = await writePortfolio({
      'cmalt.yml': CONFIG,
      '1a.md': section(
        '1a',
        '## Description\n\n<figure id="fig-1"><img src="evidence/chart.png" alt="A chart of use" width="320" height="160"><figcaption>Use over time</figcaption></figure>\n\n<details><summary>More</summary>\n\nDetail.\n\n</details>\n\nSee [the figure](#fig-1).',
      ),
      'evidence/chart.png': Buffer.from('89504e470d0a1a0a', 'hex'),
    });
    const built = await buildDir(dir);
    const main = mainOf(await built.read('1a.html'));
    expect(main).toContain('<figure id="fig-1">');
    expect(main).toContain(
      '<img src="evidence/chart.png" alt="A chart of use" width="320" height="160">',
    );
    expect(main).toContain('<figcaption>Use over time</figcaption>');
    expect(main).toContain('<summary>More</summary>');
    expect(main).toContain('<a href="#fig-1">the figure</a>');
  });
});
