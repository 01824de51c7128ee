import { External, isPlainObject, type ObjectValue, type Value } from './values.js';

/** How a component from a package is shown: as an element, dropped, or as Markdown. */
export type KnownComponent =
  | { kind: 'element'; tag: string; attributes: Record<string, string> }
  | { kind: 'drop' }
  | { kind: 'markdown' };

const MARKDOWN_PACKAGES =
  /^(react-markdown|markdown-to-jsx|@uiw\/react-markdown-preview|marked-react|react-remark)$/;
const HEAD_NAMES = new Set(['Head', 'Helmet', 'Script', 'Meta', 'Title.Head']);
const HEADING_NAMES = /^(Heading|Title|H[1-6]|Typography|Text)$/;

/**
 * Components from packages cannot be read, so the common ones are known by name: links and
 * images of Next.js and React Router, head managers (dropped: titles and meta tags), Markdown
 * renderers, `motion.div`-style wrappers, and heading components of UI kits (`<Heading as="h2">`,
 * `<Title order={2}>`, `<Typography variant="h3">`).
 */
export function knownComponent(component: External, props: ObjectValue): KnownComponent {
  const last = component.name.split('.').pop() ?? '';
  const source = component.source;
  if (MARKDOWN_PACKAGES.test(source) || /^(ReactMarkdown|Markdown|MDXRemote)$/.test(component.name))
    return { kind: 'markdown' };
  if (HEAD_NAMES.has(component.name) || /^next\/(head|script)$/.test(source))
    return { kind: 'drop' };
  if (/^(Link|NavLink)$/.test(last)) {
    const href = text(props.href) ?? text(props.to);
    return { kind: 'element', tag: 'a', attributes: href ? { href } : {} };
  }
  if (last === 'Image' || last === 'Img' || /^next\/(legacy\/)?image$/.test(source)) {
    const src = text(props.src) ?? srcOf(props.src);
    const alt = text(props.alt);
    return {
      kind: 'element',
      tag: 'img',
      attributes: { ...(src ? { src } : {}), ...(alt !== undefined ? { alt } : {}) },
    };
  }
  // `motion.div`, `animated.section`: the element named after the dot.
  if (component.name.includes('.') && /^[a-z][a-z0-9]*$/.test(last))
    return { kind: 'element', tag: last, attributes: {} };
  const as = text(props.as) ?? text(props.component);
  if (as && /^[a-z][a-z0-9]*$/.test(as)) return { kind: 'element', tag: as, attributes: {} };
  if (HEADING_NAMES.test(last)) {
    const level = headingLevel(props, last);
    if (level) return { kind: 'element', tag: `h${level}`, attributes: {} };
  }
  return { kind: 'element', tag: 'div', attributes: {} };
}

function headingLevel(props: ObjectValue, name: string): number | undefined {
  const fromName = /^H([1-6])$/.exec(name);
  if (fromName) return Number(fromName[1]);
  for (const key of ['variant', 'level', 'order', 'size']) {
    const value = props[key];
    if (typeof value === 'number' && value >= 1 && value <= 6) return value;
    const match = typeof value === 'string' ? /^h([1-6])$/.exec(value) : null;
    if (match) return Number(match[1]);
  }
  return name === 'Heading' || name === 'Title' ? 2 : undefined;
}

function text(value: Value): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isPlainObject(value) && typeof value.pathname === 'string') return value.pathname;
  return undefined;
}

function srcOf(value: Value): string | undefined {
  return isPlainObject(value) && typeof value.src === 'string' ? value.src : undefined;
}
