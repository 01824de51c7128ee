// Random Markdown documents for the fuzz test: every construct a portfolio page might hold,
// and many it should not, mixed at random. Deterministic for a given PRNG.

export type Rng = () => number;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function repeat(rng: Rng, min: number, max: number, make: () => string, join = ''): string {
  return Array.from({ length: int(rng, min, max) }, make).join(join);
}

const CODES = ['1a', '1b', '1c', '2a', '2b', '3a', '3b', '4a', '4b', '3', '5z', '1 a', '0c', '4C'];
const PARTS = [
  'Description',
  'Reflection',
  'Reflections',
  'Evidence',
  'Evaluation',
  'Lessons learned',
  'References',
  'Summary',
  'Example 2',
  'Case ii',
];
const TITLES = [
  'Contextual statement',
  'Future plans',
  'Declaration',
  'Specialist area: Accessibility',
  'Specialist area 2',
  'Specialist area 99999999999999999999',
  'Advanced area: Leadership',
  'Core Area 3',
  'Core area 4 – Communication',
  'CPD activity 1',
  'Appendix 1a',
  'Figure 2b',
  'Understanding and engaging with legislation',
];
const WORDS = [
  'I',
  'we',
  'the team',
  'Moodle',
  'learned',
  'realised',
  'next time',
  'TODO',
  'TBC',
  '[insert date]',
  'lorem ipsum',
  'GDPR',
  'accessibility',
  'café',
  'naïve',
  'e\u0301',
  '👩🏽‍🏫',
  '🏳️‍🌈',
  'שלום',
  'مرحبا',
  '\u202eevil\u202c',
  '\u200b',
  '\ufeff',
  '中文字',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'Zalgơ̸̡͔̖',
  '\u0007',
  '\u001b[31m',
  '&amp;',
  '&#0;',
  '&nbsp;',
  '\\*',
  '~~gone~~',
  'https://example.org/a?b=c',
  'www.example.com',
  'jo@example.ac.uk',
  '07700 900123',
  '{{ page.title }}',
  '{% link x.md %}',
  '{%',
  '{{',
  '<!--',
  '-->',
  '<br>',
  '</div>',
  '[^1]',
  '$x$',
];
const TARGETS = [
  'evidence/plan.pdf',
  'evidence/Plan%20final.pdf',
  '<evidence/plan final.pdf>',
  'evidence/missing.docx',
  './1a.md#reflection',
  '1a.md',
  '#description',
  '#',
  '',
  '../outside/secret.txt',
  '../../../../etc/passwd',
  '/etc/passwd',
  '/evidence/plan.pdf',
  'file:///C:/Users/me/plan.docx',
  'C:\\Users\\me\\plan.docx',
  'evidence\\plan.pdf',
  '\\\\server\\share\\x.pdf',
  'https://example.org/report.pdf',
  'http://localhost:8080/',
  'mailto:someone@example.ac.uk',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'evidence/100%.pdf',
  'evidence/%zz.pdf',
  '?q=1',
  'evidence/a.pdf "Title"',
  '{{ "/evidence/plan.pdf" | relative_url }}',
  '{% link evidence/plan.pdf %}',
  'x'.repeat(300),
  'évidence/é.pdf',
  'evidence/👍.png',
  '//cdn.example.org/x.js',
];

export function words(rng: Rng, min = 1, max = 12): string {
  return repeat(rng, min, max, () => pick(rng, WORDS.concat(WORDS.slice(0, 13))), ' ');
}

function inline(rng: Rng): string {
  const t = () => words(rng, 1, 4);
  const target = () => pick(rng, TARGETS);
  const makers: (() => string)[] = [
    () => t(),
    () => `*${t()}*`,
    () => `**${t()}**`,
    () => `_${t()}`,
    () => `***${t()}**`,
    () => `\`${t()}\``,
    () => `[${t()}](${target()})`,
    () => `![${rng() < 0.3 ? '' : t()}](${target()})`,
    () => `[${t()}][ref${int(rng, 0, 3)}]`,
    () => `<${pick(rng, ['https://example.org', 'mailto:x@y.z', 'not a link'])}>`,
    () => `<a href="${target()}">${t()}</a>`,
    () => `<img src="${target()}"${rng() < 0.5 ? ` alt="${t()}"` : ''}>`,
    () => `<span id="${t()}">${t()}`,
    () => `<b><i>${t()}</b></i>`,
    () => `{% ${t()} %}`,
    () => `{{ ${t()}`,
    () => `<!-- ${t()} -->`,
    () => `${t()}  \n${t()}`,
    () => `[^${int(rng, 1, 3)}]`,
    () => '*'.repeat(int(rng, 1, 40)) + t() + '*'.repeat(int(rng, 0, 40)),
    () => '['.repeat(int(rng, 1, 30)) + t() + ']('.repeat(int(rng, 0, 5)),
  ];
  return repeat(rng, 1, 8, () => pick(rng, makers)(), ' ');
}

function heading(rng: Rng): string {
  const depth = int(rng, 1, 7);
  const text = pick(rng, [
    () => `${pick(rng, CODES)} ${rng() < 0.5 ? pick(rng, PARTS) : words(rng, 0, 8)}`,
    () =>
      `${pick(rng, ['Core area', 'Section', 'Criterion', ''])} ${pick(rng, CODES)}: ${words(rng, 1, 5)}`,
    () => pick(rng, PARTS),
    () => pick(rng, TITLES),
    () => inline(rng),
    () => '',
  ])();
  if (rng() < 0.1) return `${text}\n${pick(rng, ['===', '---', '= = ='])}`;
  if (rng() < 0.1) return `**${text}**`;
  return `${'#'.repeat(depth)}${rng() < 0.9 ? ' ' : ''}${text}${rng() < 0.1 ? ' ###' : ''}`;
}

function list(rng: Rng, depth = 0): string {
  return repeat(
    rng,
    1,
    5,
    () => {
      const marker = pick(rng, ['-', '*', '+', '1.', '2)', '- [ ]', '- [x]']);
      const nested = depth < 4 && rng() < 0.3 ? `\n${indent(list(rng, depth + 1), '   ')}` : '';
      return `${marker} ${inline(rng)}${nested}`;
    },
    '\n',
  );
}

function indent(text: string, by: string): string {
  return text.replace(/^/gm, by);
}

function table(rng: Rng): string {
  const columns = int(rng, 1, 6);
  const row = () =>
    `|${repeat(rng, 1, columns + 1, () => ` ${rng() < 0.8 ? inline(rng) : '\\|'} |`)}`;
  const align = `|${repeat(rng, columns, columns, () => pick(rng, [' --- |', ':--|', '--:|', ':-:|', '-|']))}`;
  return [row(), rng() < 0.9 ? align : '|---', ...Array.from({ length: int(rng, 0, 4) }, row)].join(
    '\n',
  );
}

function html(rng: Rng): string {
  return pick(rng, [
    () => `<div>\n\n${inline(rng)}\n\n</div>`,
    () => `<details><summary>${pick(rng, PARTS)}</summary>${inline(rng)}</details>`,
    () => `<table><tr><td>${inline(rng)}</td></table></table>`,
    () => `<!-- ${words(rng)}`,
    () =>
      `<!-- cmalt-disable ${pick(rng, ['placeholder-text', 'link-broken', '', 'nonsense'])} -->`,
    () => `<script>${words(rng)}</script>`,
    () => `<style>body{}</style>`,
    () => `<h${int(rng, 1, 6)} id="${words(rng, 1, 2)}">${pick(rng, CODES)}</h1>`,
    () =>
      `<${pick(rng, ['div', 'p', 'span', 'a', 'svg', 'math', 'template'])} ${pick(rng, ['onclick="x()"', 'href=', '"', "style='"])}>`,
    () => '<div>'.repeat(int(rng, 1, 60)) + inline(rng),
    () => `<img src=${pick(rng, TARGETS)} alt>`,
    () => `<a name="${words(rng, 1, 1)}"></a>`,
  ])();
}

function block(rng: Rng, depth = 0): string {
  const makers: (() => string)[] = [
    () => heading(rng),
    () => heading(rng),
    () => inline(rng),
    () => inline(rng),
    () => list(rng),
    () => table(rng),
    () => html(rng),
    () =>
      depth < 3
        ? indent(block(rng, depth + 1), pick(rng, ['> ', '>', '> > ', '>    ']))
        : inline(rng),
    () =>
      `${pick(rng, ['```', '~~~', '````'])}${pick(rng, ['', 'js', 'markdown', '{.x}'])}\n${words(rng)}\n${rng() < 0.8 ? '```' : ''}`,
    () => `    ${words(rng)}`,
    () => pick(rng, ['---', '***', '___', '- - -']),
    () => `[ref${int(rng, 0, 3)}]: ${pick(rng, TARGETS)}`,
    () => `[^${int(rng, 1, 3)}]: ${inline(rng)}`,
    () => `{% ${pick(rng, ['include x.html', 'raw', 'endraw', 'if a', 'comment'])} %}`,
    () => '',
  ];
  return pick(rng, makers)();
}

function frontMatter(rng: Rng): string {
  const value = () =>
    pick(rng, [
      pick(rng, CODES),
      pick(rng, ['specialist-1', 'advanced-2', 'future-plans', 'review-cpd-1', 'declaration']),
      '42',
      '[1a, 1b]',
      '{ a: 1 }',
      '"unterminated',
      '&a x',
      '*a',
      '!!js/function "function(){}"',
      '!!python/object:os.system x',
      'null',
      '2026-01-01',
      words(rng, 1, 3),
    ]);
  const lines = Array.from({ length: int(rng, 0, 6) }, () => {
    const key = pick(rng, [
      'section',
      'criterion',
      'cmalt',
      'title',
      'covers',
      'layout',
      'section',
      '__proto__',
      'x',
    ]);
    return `${rng() < 0.05 ? '\t' : ''}${key}: ${value()}`;
  });
  if (rng() < 0.1) lines.push('covers:\n  laws: [GDPR, Equality Act]\n  policies:\n    - x');
  const open = pick(rng, ['---', '---', '---', '--- ', '---yaml', '---js', '---toString', '----']);
  const close = pick(rng, ['---', '---', '---', '...', '']);
  return `${open}\n${lines.join('\n')}\n${close}\n`;
}

/** One page: maybe front matter, then 1 to 25 blocks separated by blank lines (mostly). */
export function fuzzDocument(rng: Rng): string {
  const parts: string[] = [];
  if (rng() < 0.4) parts.push(frontMatter(rng));
  const blocks = Array.from({ length: int(rng, 1, 25) }, () => block(rng));
  parts.push(blocks.join(pick(rng, ['\n\n', '\n\n', '\n', '\r\n\r\n', '\r\r'])));
  let text = parts.join(rng() < 0.9 ? '\n' : '');
  if (rng() < 0.05) text = `\ufeff${text}`;
  if (rng() < 0.05) text = text.replace(/\n/g, '\r\n');
  return text;
}
