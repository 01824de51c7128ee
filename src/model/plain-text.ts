import type { Nodes } from 'mdast';

export interface PlainText {
  text: string;
  /** The same text with only the words inside emphasis, for measuring italics. */
  italic: string;
}

/**
 * The words a reader reads: no code, no raw HTML, and no URLs written as their own link text.
 * Emphasised text is collected twice so long italic passages can be measured.
 */
export function plainText(node: Nodes): PlainText {
  const out: PlainText = { text: '', italic: '' };
  walk(node, false, out);
  return {
    text: out.text.replace(/\s+/g, ' ').trim(),
    italic: out.italic.replace(/\s+/g, ' ').trim(),
  };
}

function walk(node: Nodes, inEmphasis: boolean, out: PlainText): void {
  switch (node.type) {
    case 'text':
      out.text += node.value;
      if (inEmphasis) out.italic += node.value + ' ';
      return;
    case 'inlineCode':
    case 'code':
    case 'html':
    case 'yaml':
    case 'definition':
      return;
    case 'break':
      out.text += ' ';
      return;
    case 'image':
    case 'imageReference':
      return;
    case 'link':
      if (isBareLink(node)) return;
      break;
    case 'emphasis':
      for (const child of node.children) walk(child, true, out);
      return;
    default:
      break;
  }
  if ('children' in node) {
    for (const child of node.children as Nodes[]) {
      walk(child, inEmphasis, out);
      // Block children are separate runs of text.
      if (child.type === 'paragraph' || child.type === 'listItem' || child.type === 'tableCell')
        out.text += ' ';
    }
  }
}

/** A link whose visible text is its own address (an autolink or a pasted URL). */
export function isBareLink(node: { url: string; children: Nodes[] }): boolean {
  if (node.children.length !== 1) return false;
  const only = node.children[0];
  if (!only || only.type !== 'text') return false;
  const text = only.value.trim().replace(/^mailto:/, '');
  const url = node.url.replace(/^mailto:/, '');
  return (
    text === url ||
    text === url.replace(/^https?:\/\//, '') ||
    /^(?:https?:\/\/|www\.)\S+$/.test(text)
  );
}
