import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseMarkdown } from '../../../model/parse-markdown.js';
import { dedent } from './html-text.js';

const processor = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true });

/** Markdown a page hands to a Markdown component, as the HTML that component would show. */
export function markdownToHtml(markdown: string): string {
  const tree = processor.runSync(parseMarkdown(dedent(markdown)));
  return `${processor.stringify(tree)}\n`;
}
