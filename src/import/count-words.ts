import type { Nodes as HastNodes } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Nodes, Root } from 'mdast';
import { countWords } from '../model/words.js';

/**
 * Words of a Markdown tree as a reader sees them: each heading, paragraph, table cell and code
 * block counted on its own, so two blocks never run into one word. Inline code counts, images
 * (alt text) and raw HTML do not, as they do not in a web page's visible text.
 */
export function markdownWords(node: Nodes | Root): number {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
    case 'tableCell':
      return countWords(inlineText(node));
    case 'code':
      return countWords(node.value);
    case 'html':
    case 'yaml':
    case 'definition':
      return 0;
    default:
      break;
  }
  if (!('children' in node)) return 'value' in node ? countWords(String(node.value)) : 0;
  let sum = 0;
  for (const child of node.children as Nodes[]) sum += markdownWords(child);
  return sum;
}

function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'html' || node.type === 'imageReference') return '';
  if (!('children' in node)) return '';
  return (node.children as Nodes[]).map(inlineText).join('');
}

/** Visible words of an HTML element, as a browser would lay them out (`innerText`). */
export function htmlWords(node: HastNodes): number {
  return countWords(toText(node));
}

/** The first words of a piece of text, to name it in a report. */
export function excerpt(text: string, words = 12): string {
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
