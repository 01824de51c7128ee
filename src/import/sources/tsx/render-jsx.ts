import type * as t from '@babel/types';
import { sourceOf, whereOf, type Context } from './context.js';
import { callFunction, evaluate, propertyOf, stringOf } from './evaluate.js';
import {
  BLOCK_TAGS,
  SKIPPED_TAGS,
  VOID_TAGS,
  escapeAttribute,
  escapeText,
  jsxText,
} from './html-text.js';
import { knownComponent } from './known-components.js';
import { markdownToHtml } from './markdown-html.js';
import {
  Closure,
  External,
  FilePath,
  Markup,
  StyledTag,
  Unknown,
  isPlainObject,
  newObject,
  type ModuleRecord,
  type ObjectValue,
  type Scope,
  type Value,
} from './values.js';

/** HTML attributes kept: addresses, alternative text, anchors and table structure. */
const KEPT_ATTRIBUTES: Record<string, string> = {
  href: 'href',
  src: 'src',
  alt: 'alt',
  id: 'id',
  colSpan: 'colspan',
  rowSpan: 'rowspan',
  colspan: 'colspan',
  rowspan: 'rowspan',
  start: 'start',
  cite: 'cite',
  dateTime: 'datetime',
  lang: 'lang',
};

/** Props of a component from a package that hold prose it shows; the first two as a heading. */
const HEADING_PROPS = ['title', 'heading'];
const TEXT_PROPS = ['subtitle', 'description', 'text', 'body', 'content', 'caption', 'quote'];

export function renderJsx(
  node: t.JSXElement | t.JSXFragment,
  scope: Scope,
  module: ModuleRecord,
  context: Context,
): string {
  if (node.type === 'JSXFragment') return renderChildren(node.children, scope, module, context);
  const name = node.openingElement.name;
  if (name.type === 'JSXNamespacedName') return '';
  if (name.type === 'JSXIdentifier' && /^[a-z]/.test(name.name))
    return renderIntrinsic(name.name, node, scope, module, context);
  const type = evaluate(jsxNameExpression(name), scope, module, context);
  const props = propsOf(node, scope, module, context);
  if (type instanceof Closure)
    return valueToHtml(callFunction(type, [props], context), node, module, context);
  if (type instanceof StyledTag) return renderIntrinsic(type.tag, node, scope, module, context);
  if (type instanceof External) return renderExternal(type, props, node, module, context);
  if (type instanceof Unknown)
    report(
      context,
      module,
      node,
      `the component <${sourceOf(module, name)}> could not be found (${type.why})`,
    );
  return genericComponent('div', props, node, module, context);
}

function renderExternal(
  type: External,
  props: ObjectValue,
  node: t.JSXElement,
  module: ModuleRecord,
  context: Context,
): string {
  const known = knownComponent(type, props);
  if (known.kind === 'drop') return '';
  if (known.kind === 'markdown') {
    const markdown = [props.children, props.source, props.content, props.markdown].find(
      (value) => typeof value === 'string',
    );
    if (typeof markdown !== 'string') return valueToHtml(props.children, node, module, context);
    const where = whereOf(module, node);
    if (!context.notices.some((notice) => notice.where === where && notice.kind === 'warning'))
      context.notices.push({
        kind: 'warning',
        message: `Markdown text shown by <${type.name}> was read as Markdown, as the page shows it: check its headings and lists came through.`,
        where,
        words: 0,
      });
    return markdownToHtml(markdown);
  }
  if (known.tag === 'img') {
    const src = context.image(props.src, module) ?? known.attributes.src;
    return element('img', { ...known.attributes, ...(src ? { src } : {}) }, '');
  }
  if (known.tag === 'a' || /^h[1-6]$/.test(known.tag))
    return element(known.tag, known.attributes, valueToHtml(props.children, node, module, context));
  return genericComponent(known.tag, props, node, module, context);
}

/** A component whose code cannot be read: its prose props, then its children. */
function genericComponent(
  tag: string,
  props: ObjectValue,
  node: t.JSXElement,
  module: ModuleRecord,
  context: Context,
): string {
  let inner = '';
  for (const key of HEADING_PROPS) {
    const text = valueToHtml(props[key], node, module, context);
    if (text.trim()) inner += element('h2', {}, text);
  }
  for (const key of TEXT_PROPS) {
    const text = valueToHtml(props[key], node, module, context);
    if (text.trim()) inner += element('p', {}, text);
  }
  return element(tag, {}, inner + valueToHtml(props.children, node, module, context));
}

function renderIntrinsic(
  tag: string,
  node: t.JSXElement,
  scope: Scope,
  module: ModuleRecord,
  context: Context,
): string {
  if (SKIPPED_TAGS.has(tag)) return '';
  const attributes: Record<string, string> = {};
  let inner: string | undefined;
  const keep = (name: string, value: Value) => {
    const html = KEPT_ATTRIBUTES[name];
    if (!html) return;
    if (name === 'src') {
      const src = context.image(value, module);
      if (src) attributes.src = src;
      return;
    }
    const text = stringOf(value);
    if (text !== undefined && value !== null && value !== undefined && typeof value !== 'boolean')
      attributes[html] = text;
  };
  for (const attribute of node.openingElement.attributes) {
    if (attribute.type === 'JSXSpreadAttribute') {
      const spread = evaluate(attribute.argument, scope, module, context);
      if (isPlainObject(spread)) for (const key of Object.keys(spread)) keep(key, spread[key]);
      continue;
    }
    const name = attribute.name.type === 'JSXIdentifier' ? attribute.name.name : '';
    if (name === 'dangerouslySetInnerHTML') {
      const value = attributeValue(attribute, scope, module, context);
      const html = propertyOf(value, '__html');
      if (typeof html === 'string') inner = html;
      else
        report(
          context,
          module,
          attribute,
          'HTML set with dangerouslySetInnerHTML could not be read',
        );
      continue;
    }
    if (KEPT_ATTRIBUTES[name]) keep(name, attributeValue(attribute, scope, module, context));
  }
  if (tag === 'img' && attributes.alt === undefined) {
    // An image with no alt attribute at all stays without one, so the check can say so.
  }
  return element(tag, attributes, inner ?? renderChildren(node.children, scope, module, context));
}

function element(tag: string, attributes: Record<string, string>, inner: string): string {
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const open = `<${tag}${attributeText}>`;
  const html = VOID_TAGS.has(tag) ? open : `${open}${inner}</${tag}>`;
  return BLOCK_TAGS.has(tag) ? `${html}\n` : html;
}

function renderChildren(
  children: t.JSXElement['children'],
  scope: Scope,
  module: ModuleRecord,
  context: Context,
): string {
  let html = '';
  for (const child of children) {
    if (child.type === 'JSXText') html += escapeText(jsxText(child.value));
    else if (child.type === 'JSXElement' || child.type === 'JSXFragment')
      html += renderJsx(child, scope, module, context);
    else if (child.type === 'JSXExpressionContainer') {
      if (child.expression.type === 'JSXEmptyExpression') continue;
      html += valueToHtml(
        evaluate(child.expression, scope, module, context),
        child,
        module,
        context,
      );
    } else
      html += valueToHtml(
        evaluate(child.expression, scope, module, context),
        child,
        module,
        context,
      );
  }
  return html;
}

/** What React shows for a value put among the children. */
export function valueToHtml(
  value: Value,
  node: t.Node,
  module: ModuleRecord,
  context: Context,
): string {
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (value instanceof Markup) return value.html;
  if (Array.isArray(value))
    return value.map((item) => valueToHtml(item, node, module, context)).join('');
  if (value instanceof Unknown) {
    report(
      context,
      module,
      node,
      `text from \`${sourceOf(module, node)}\` is only known when the site runs (${value.why})`,
    );
    return '';
  }
  if (value instanceof FilePath) return escapeText(value.path);
  return '';
}

function report(context: Context, module: ModuleRecord, node: t.Node, what: string): void {
  const where = whereOf(module, node);
  const message = `Left out: ${what}. If it is part of your portfolio, copy the text in by hand.`;
  if (context.notices.some((notice) => notice.where === where && notice.message === message))
    return;
  context.notices.push({ kind: 'dropped', message, where });
}

/** A component's props, each computed when the component reads it, children included. */
function propsOf(
  node: t.JSXElement,
  scope: Scope,
  module: ModuleRecord,
  context: Context,
): ObjectValue {
  const props = newObject();
  const define = (key: string, compute: () => Value) => {
    let done = false;
    let value: Value;
    Object.defineProperty(props, key, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (!done) {
          done = true;
          value = compute();
        }
        return value;
      },
    });
  };
  for (const attribute of node.openingElement.attributes) {
    if (attribute.type === 'JSXSpreadAttribute') {
      const spread = evaluate(attribute.argument, scope, module, context);
      if (isPlainObject(spread))
        for (const key of Object.keys(spread)) define(key, () => spread[key]);
      continue;
    }
    const name =
      attribute.name.type === 'JSXIdentifier' ? attribute.name.name : attribute.name.name.name;
    define(name, () => attributeValue(attribute, scope, module, context));
  }
  const children = node.children.filter(
    (child) =>
      !(child.type === 'JSXText' && !jsxText(child.value)) &&
      !(child.type === 'JSXExpressionContainer' && child.expression.type === 'JSXEmptyExpression'),
  );
  if (children.length === 1 && children[0]!.type === 'JSXExpressionContainer') {
    const expression = children[0]!.expression as t.Expression;
    define('children', () => evaluate(expression, scope, module, context));
  } else if (children.length === 1 && children[0]!.type === 'JSXText') {
    const text = jsxText(children[0]!.value);
    define('children', () => text);
  } else if (children.length > 0)
    define('children', () => new Markup(renderChildren(node.children, scope, module, context)));
  return props;
}

function attributeValue(
  attribute: t.JSXAttribute,
  scope: Scope,
  module: ModuleRecord,
  context: Context,
): Value {
  const value = attribute.value;
  if (!value) return true;
  if (value.type === 'StringLiteral') return value.value;
  if (value.type === 'JSXExpressionContainer')
    return value.expression.type === 'JSXEmptyExpression'
      ? undefined
      : evaluate(value.expression, scope, module, context);
  return new Markup(renderJsx(value, scope, module, context));
}

function jsxNameExpression(name: t.JSXIdentifier | t.JSXMemberExpression): t.Expression {
  if (name.type === 'JSXIdentifier') return { type: 'Identifier', name: name.name } as t.Identifier;
  return {
    type: 'MemberExpression',
    object: jsxNameExpression(name.object),
    property: { type: 'Identifier', name: name.property.name },
    computed: false,
  } as t.MemberExpression;
}
