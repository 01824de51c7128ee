/** Elements after which a line break is written, so the text of one never runs into the next. */
export const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'div',
  'section',
  'article',
  'main',
  'nav',
  'header',
  'footer',
  'aside',
  'details',
  'summary',
  'hr',
  'br',
  'form',
  'fieldset',
  'address',
  'iframe',
  'video',
  'audio',
]);

export const VOID_TAGS = new Set([
  'img',
  'br',
  'hr',
  'input',
  'wbr',
  'area',
  'col',
  'source',
  'track',
  'embed',
  'meta',
  'link',
]);

/** Elements whose content is never prose on the page. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'svg',
  'noscript',
  'head',
  'template',
  'title',
  'meta',
  'link',
  'math',
  'canvas',
  'input',
  'select',
  'textarea',
  'button',
]);

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** JSX text as React shows it: lines trimmed where they meet a line break, blank lines dropped. */
export function jsxText(value: string): string {
  const lines = value.split(/\r\n|\n|\r/);
  let last = 0;
  lines.forEach((line, index) => {
    if (/[^ \t]/.test(line)) last = index;
  });
  let text = '';
  lines.forEach((raw, index) => {
    let line = raw.replace(/\t/g, ' ');
    if (index !== 0) line = line.replace(/^ +/, '');
    if (index !== lines.length - 1) line = line.replace(/ +$/, '');
    if (line) text += index === last ? line : `${line} `;
  });
  return text;
}

/** Removes the indentation a template literal picks up from the code around it. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').split('\n');
  const indents = lines
    .filter((line) => line.trim())
    .map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join('\n');
}
