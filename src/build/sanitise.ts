import type { Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { unified } from 'unified';

const base = defaultSchema.attributes ?? {};
const CLASSES = ['evidence-link', 'external-link', 'data-footnote-backref'];

/**
 * GitHub's schema, adjusted for a portfolio: ids are kept as written (the pages carry no
 * script, so there is nothing for an id to clobber, and `#slug` links must work), figures and
 * disclosure widgets are allowed, and anything active is not: no script, style, iframe, object,
 * embed, form, svg or event handler, and only http(s) and mailto links.
 */
export const sanitiseSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter(
      (t) => t !== 'source' && t !== 'picture' && t !== 'input',
    ),
    'figure',
    'figcaption',
    'abbr',
    'cite',
    'mark',
    'small',
    'u',
    'caption',
    'colgroup',
    'col',
  ],
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title'],
  attributes: {
    ...base,
    a: [
      ...(base.a ?? []).filter((a) => !Array.isArray(a) || a[0] !== 'className'),
      ['className', ...CLASSES],
    ],
    img: [...(base.img ?? []), 'alt', 'width', 'height', 'title'],
    th: ['scope'],
    td: [],
    details: ['open'],
  },
  protocols: {
    href: ['http', 'https', 'mailto'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  required: {},
};

const sanitiser = unified().use(rehypeSanitize, sanitiseSchema);

/** Returns a sanitised copy of the tree. */
export async function sanitise(tree: Root): Promise<Root> {
  return (await sanitiser.run(tree)) as Root;
}
