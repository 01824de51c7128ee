import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { listItemOncePerList } from '../../src/build/list-item-handler.js';

const LISTS = [
  '- tight\n- list',
  '- loose\n\n- list',
  '1. one\n2. two\n\n   second paragraph of two\n3. three',
  '- [ ] a task\n- [x] done\n\n- [ ] loose task',
  '- outer\n  - inner tight\n  - inner\n- outer two\n\n  with a second paragraph',
  '- item\n\n  > quoted\n- next',
  '* a\n+ b\n- c',
];

async function html(markdown: string, handlers = {}) {
  const mdast = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const processor = unified().use(remarkRehype, { handlers }).use(rehypeStringify);
  return processor.stringify(await processor.run(mdast));
}

describe('listItemOncePerList', () => {
  it.each(LISTS)('renders %j exactly as the usual handler does', async (markdown) => {
    expect(await html(markdown, { listItem: listItemOncePerList })).toBe(await html(markdown));
  });

  it('keeps a long tight list tight and a long loose one loose', async () => {
    const tight = Array.from({ length: 2000 }, (_, i) => `- item ${i}`).join('\n');
    const loose = `${tight}\n\n- last`;
    const handlers = { listItem: listItemOncePerList };
    expect(await html(tight, handlers)).not.toContain('<p>');
    expect((await html(loose, handlers)).match(/<p>/g)).toHaveLength(2001);
  });
});
