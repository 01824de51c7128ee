import type { SourceFile } from '../types.js';

const cache = new WeakMap<SourceFile, Set<string>>();

/** `{#id}` and `{: #id}` after a heading (kramdown), and id/name attributes anywhere in the text. */
const EXPLICIT_IDS = [
  /\{:?\s*#([A-Za-z][\w:.-]*)[^}]*\}/g,
  /\b(?:id|name)\s*=\s*["']([^"'\s]+)["']/g,
];

/**
 * Every anchor a link may target in a file. GitHub slugs come from the model; Jekyll sites
 * render headings with kramdown, whose ids differ (`## 1a – Title` is `#a--title` there), so
 * both are accepted: a link that works on either is not broken.
 */
export function anchorsOf(file: SourceFile): Set<string> {
  const known = cache.get(file);
  if (known) return known;
  const anchors = new Set(file.anchors);
  for (const heading of file.headings) {
    if (heading.pseudo) continue;
    const slug = kramdownSlug(heading.text);
    if (slug) anchors.add(slug);
  }
  for (const pattern of EXPLICIT_IDS)
    for (const match of file.text.matchAll(pattern)) if (match[1]) anchors.add(match[1]);
  cache.set(file, anchors);
  return anchors;
}

/** kramdown's automatic header ids: letters, digits, spaces and dashes; nothing before the first letter. */
export function kramdownSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/^[^\p{L}]+/u, '')
    .replace(/ /g, '-');
}

/** Browsers scroll to the top for these even when no element has the id. */
export function isBuiltInAnchor(anchor: string): boolean {
  return anchor === '' || anchor === 'top';
}
