import { countWords } from '../../model/words.js';
import type { ImportNotice } from '../html-source.js';
import { readWordXml, type WordXmlTag } from './word-xml.js';

type ChangeKind = 'inserted' | 'deleted';

interface ParagraphChanges {
  where: string;
  inserted: Map<string, string[]>;
  deleted: Map<string, string[]>;
}

/**
 * Comments and tracked changes, read from the document's own XML: the converter keeps inserted
 * text and drops deleted text and comments without a word, and a candidate must hear of each.
 */
export function readAnnotations(
  documentXml: string,
  commentsXml: string | undefined,
): ImportNotice[] {
  const comments = commentsXml ? readComments(commentsXml) : new Map<string, Comment>();
  const commented = new Map<string, string[]>();
  const commentWhere = new Map<string, string>();
  const open = new Set<string>();
  const changes: ParagraphChanges[] = [];
  const changeStack: { kind: ChangeKind; author: string }[] = [];
  let paragraph = 0;
  let heading: string | undefined;
  let paragraphText = '';
  let paragraphIsHeading = false;
  let current: ParagraphChanges | undefined;
  let inText = false;

  const where = () => `paragraph ${paragraph}${heading ? ` (under “${heading}”)` : ''}`;

  readWordXml(documentXml, {
    open(tag: WordXmlTag) {
      switch (tag.name) {
        case 'w:p':
          paragraph++;
          paragraphText = '';
          paragraphIsHeading = false;
          current = undefined;
          break;
        case 'w:pStyle':
          paragraphIsHeading = /heading|title/i.test(tag.attributes['w:val'] ?? '');
          break;
        case 'w:commentRangeStart':
        case 'w:commentReference': {
          const id = tag.attributes['w:id'] ?? '';
          if (tag.name === 'w:commentRangeStart') open.add(id);
          if (!commentWhere.has(id)) commentWhere.set(id, where());
          break;
        }
        case 'w:commentRangeEnd':
          open.delete(tag.attributes['w:id'] ?? '');
          break;
        case 'w:ins':
        case 'w:moveTo':
        case 'w:del':
        case 'w:moveFrom':
          if (!tag.selfClosing)
            changeStack.push({
              kind: tag.name === 'w:ins' || tag.name === 'w:moveTo' ? 'inserted' : 'deleted',
              author: tag.attributes['w:author'] || 'someone',
            });
          break;
        case 'w:t':
        case 'w:delText':
          inText = !tag.selfClosing;
          break;
      }
    },
    close(name: string) {
      if (name === 'w:p' && paragraphIsHeading && paragraphText.trim())
        heading = paragraphText.trim();
      if (name === 'w:ins' || name === 'w:moveTo' || name === 'w:del' || name === 'w:moveFrom')
        changeStack.pop();
      if (name === 'w:t' || name === 'w:delText') inText = false;
    },
    text(text: string) {
      if (!inText) return;
      paragraphText += text;
      for (const id of open) push(commented, id, text);
      const change = changeStack.at(-1);
      if (!change) return;
      if (!current) {
        current = { where: where(), inserted: new Map(), deleted: new Map() };
        changes.push(current);
      }
      push(current[change.kind], change.author, text);
    },
  });

  const notices: ImportNotice[] = [];
  for (const [id, comment] of comments) {
    const on = (commented.get(id) ?? []).join('').trim();
    notices.push({
      kind: 'comment',
      message:
        `Comment by ${comment.author}${on ? ` on “${clip(on)}”` : ''}: “${comment.text}”. ` +
        'Comments are not carried into the portfolio: act on it in the imported text if it still applies.',
      where: commentWhere.get(id) ?? 'the document',
      words: countWords(comment.text),
    });
  }
  for (const change of changes) {
    const parts = [
      ...describe(change.inserted, 'inserted'),
      ...describe(change.deleted, 'deleted'),
    ];
    notices.push({
      kind: 'tracked-change',
      message:
        `Tracked changes: ${parts.join('; ')}. The imported text is the accepted version ` +
        '(insertions kept, deletions left out): check it reads as you intend.',
      where: change.where,
      words: countWords([...change.deleted.values()].flat().join('')),
    });
  }
  return notices;
}

interface Comment {
  author: string;
  text: string;
}

function readComments(xml: string): Map<string, Comment> {
  const comments = new Map<string, Comment>();
  let current: { id: string; comment: Comment; paragraphs: string[] } | undefined;
  let inText = false;
  readWordXml(xml, {
    open(tag) {
      if (tag.name === 'w:comment') {
        const comment = { author: tag.attributes['w:author'] || 'someone', text: '' };
        current = { id: tag.attributes['w:id'] ?? '', comment, paragraphs: [] };
      } else if (tag.name === 'w:p') current?.paragraphs.push('');
      else if (tag.name === 'w:t') inText = !tag.selfClosing;
    },
    close(name) {
      if (name === 'w:t') inText = false;
      if (name === 'w:comment' && current) {
        current.comment.text = current.paragraphs.join(' ').replace(/\s+/g, ' ').trim();
        comments.set(current.id, current.comment);
        current = undefined;
      }
    },
    text(text) {
      if (inText && current && current.paragraphs.length > 0)
        current.paragraphs[current.paragraphs.length - 1] += text;
    },
  });
  return comments;
}

function describe(byAuthor: Map<string, string[]>, verb: string): string[] {
  return [...byAuthor].map(
    ([author, texts]) => `${author} ${verb} “${clip(texts.join('').trim())}”`,
  );
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
