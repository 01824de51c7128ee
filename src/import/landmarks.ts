import type { Element, Parents } from 'hast';

/**
 * What a saved web page holds besides the portfolio: site navigation, banners, footers,
 * sidebars, scripts and visitors' comments. Recognised by landmark (element or ARIA role) and by
 * the class names WordPress and Google Sites give them, never by the words inside.
 */
const ALWAYS_DROPPED: Record<string, string> = {
  script: 'script',
  style: 'style',
  noscript: 'script',
  template: 'script',
  nav: 'navigation',
  aside: 'sidebar',
  form: 'form',
  button: 'button',
  select: 'form',
  dialog: 'dialog',
};

const ROLES: Record<string, string> = {
  navigation: 'navigation',
  banner: 'site header',
  contentinfo: 'site footer',
  complementary: 'sidebar',
  search: 'search',
  menubar: 'navigation',
  menu: 'navigation',
  dialog: 'dialog',
};

/** Class and id names of themes' page furniture: WordPress, Google Sites, common static themes. */
const FURNITURE: [RegExp, string][] = [
  [/^(?:comments|comments-area|comment-respond|respond|comment-list)$/, 'visitors’ comments'],
  [/^(?:widget-area|sidebar|secondary|wp-block-sidebar)$/, 'sidebar'],
  [/^(?:site-header|masthead|wp-site-blocks-header)$/, 'site header'],
  [/^(?:site-footer|colophon|site-info|wp-block-template-part-footer)$/, 'site footer'],
  [
    /^(?:skip-link|skip-to-content|post-navigation|nav-links|navigation|breadcrumbs?|menu|main-navigation)$/,
    'navigation',
  ],
  [/^(?:entry-meta|entry-footer|post-meta|byline|posted-on)$/, 'post details'],
  [/^(?:sharedaddy|sd-sharing-enabled|jp-relatedposts|share-buttons|cookie-notice)$/, 'sharing'],
];

/** Why an element is page furniture, or undefined when it is (or may be) the candidate's text. */
export function droppedAs(node: Element, ancestors: Parents[]): string | undefined {
  const tag = node.tagName;
  const props = node.properties;
  if (props.hidden !== undefined && props.hidden !== false) return 'hidden';
  if (String(props.ariaHidden) === 'true') return 'hidden';
  const style = typeof props.style === 'string' ? props.style : '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden';
  const always = ALWAYS_DROPPED[tag];
  if (always) return always;
  const role = typeof props.role === 'string' ? ROLES[props.role.toLowerCase()] : undefined;
  if (role) return role;
  // A header or footer is the site's banner only outside an article or section (as in ARIA):
  // WordPress puts each post's title in a <header> inside <article>.
  if ((tag === 'header' || tag === 'footer') && !insideContent(ancestors))
    return tag === 'header' ? 'site header' : 'site footer';
  for (const name of classesAndId(node)) {
    for (const [pattern, what] of FURNITURE) if (pattern.test(name)) return what;
  }
  return undefined;
}

function insideContent(ancestors: Parents[]): boolean {
  return ancestors.some(
    (a) =>
      a.type === 'element' &&
      (['article', 'main', 'section'].includes(a.tagName) || a.properties.role === 'main'),
  );
}

function classesAndId(node: Element): string[] {
  const names: string[] = [];
  const className = node.properties.className;
  if (Array.isArray(className)) names.push(...className.map((c) => String(c).toLowerCase()));
  if (typeof node.properties.id === 'string') names.push(node.properties.id.toLowerCase());
  return names;
}
