import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as t from '@babel/types';
import type { HtmlSource, ImportNotice, ImportedAsset } from '../html-source.js';
import { SourceError } from './source-error.js';
import type { Context } from './tsx/context.js';
import { declareModule } from './tsx/declare-module.js';
import { callFunction, propertyOf } from './tsx/evaluate.js';
import { findPages } from './tsx/find-pages.js';
import { markdownToHtml } from './tsx/markdown-html.js';
import { renderJsx, valueToHtml } from './tsx/render-jsx.js';
import { SiteModules, exportOf } from './tsx/site-modules.js';
import {
  Closure,
  FilePath,
  Unknown,
  isPlainObject,
  newObject,
  type ModuleRecord,
  type Value,
} from './tsx/values.js';

const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/**
 * Reads a JSX/TSX site (Next.js `pages/` or `app/`, Vite + React `src/pages/`, or one file)
 * without running it: one HtmlSource per page, in portfolio order. Pages are rendered from
 * their source, following components and data in the site's own files.
 */
export async function readTsxSite(root: string): Promise<HtmlSource[]> {
  if (statSync(root).isFile()) {
    const reader = new SiteReader(path.dirname(root));
    return [reader.page(root, '/')].flat();
  }
  const pages = findPages(root);
  if (pages.length === 0)
    throw new SourceError(
      root,
      'has no pages that could be found: no pages/ or app/ folder, no src/pages/ or src/routes/, and no src/App.tsx.',
      'Import the folder that holds the site’s package.json, or name the page file itself.',
    );
  const reader = new SiteReader(root);
  return pages.flatMap((page) => reader.page(page.path, page.route));
}

/** One JSX/TSX page given as text: imports from other files are reported, not followed. */
export function tsxFileToHtml(text: string, file: string): HtmlSource {
  const reader = new SiteReader(undefined);
  return reader.pageFromText(text, file);
}

class SiteReader {
  private readonly modules: SiteModules;
  private notices: ImportNotice[] = [];
  private assets: ImportedAsset[] = [];
  private assetNames = new Map<string, string>();
  private readonly context: Context;

  constructor(private readonly root: string | undefined) {
    this.modules = new SiteModules(root, (record) => declareModule(record, () => this.context));
    this.context = {
      modules: this.modules,
      notices: this.notices,
      renderJsx: (node, scope, module) => renderJsx(node, scope, module, this.context),
      image: (src, module) => this.image(src, module),
      depth: 0,
    };
  }

  page(absolute: string, route: string): HtmlSource[] {
    const file = this.modules.relative(absolute);
    if (absolute.endsWith('.mdx')) {
      this.reset();
      const html = markdownToHtml(readFileSync(absolute, 'utf8'));
      this.notices.push({
        kind: 'warning',
        message: 'An MDX page was read as Markdown: components inside it were not followed.',
        where: file,
      });
      return [{ ...this.finish(file, html), route }];
    }
    const record = this.modules.load(absolute)!;
    const params = this.staticParams(record);
    if (params instanceof Unknown || params.length === 0)
      return [
        {
          ...this.render(record, file, route, params instanceof Unknown ? undefined : {}),
          route,
        },
      ];
    return params.map((param) => ({
      ...this.render(record, `${file}#${paramLabel(param)}`, route, param),
      route: filledRoute(route, param),
    }));
  }

  pageFromText(text: string, file: string): HtmlSource {
    this.reset();
    const record = this.modules.fromText(text, file);
    return this.render(record, file, '/', {});
  }

  private reset(): void {
    this.notices = [];
    this.assets = [];
    this.assetNames = new Map();
    this.context.notices = this.notices;
  }

  private finish(file: string, html: string): HtmlSource {
    return {
      file,
      html: html.replace(/\n{2,}/g, '\n').trim(),
      assets: this.assets,
      notices: this.notices,
    };
  }

  private render(record: ModuleRecord, file: string, route: string, params: Value): HtmlSource {
    this.reset();
    if (params === undefined && /\[[^\]]+\]/.test(route))
      this.notices.push({
        kind: 'dropped',
        message: `This page is a pattern (${route}) whose addresses come from data the site loads when it runs: copy each page's text in by hand.`,
        where: record.file,
      });
    const component = exportOf(record, 'default');
    let html = '';
    if (component instanceof Closure) {
      const props = this.pageProps(record, params);
      html = valueToHtml(
        callFunction(component, [props], this.context),
        record.program,
        record,
        this.context,
      );
    } else {
      const rendered = renderedRoot(record.program);
      if (rendered) html = renderJsx(rendered, record.scope, record, this.context);
    }
    return this.finish(file, html);
  }

  /** `getStaticPaths` / `generateStaticParams`, when they return literal data. */
  private staticParams(record: ModuleRecord): ObjectValueList | Unknown {
    for (const name of ['generateStaticParams', 'getStaticPaths']) {
      const fn = record.exports.has(name) ? exportOf(record, name) : undefined;
      if (!(fn instanceof Closure)) continue;
      const result = callFunction(fn, [newObject()], this.context);
      const list = name === 'getStaticPaths' ? propertyOf(result, 'paths') : result;
      if (!Array.isArray(list)) return new Unknown('pages listed when the site runs');
      return list.map((item) => (name === 'getStaticPaths' ? propertyOf(item, 'params') : item));
    }
    return [];
  }

  /** Props a page gets: `params`, and what a literal `getStaticProps` returns. */
  private pageProps(record: ModuleRecord, params: Value): Value {
    const props = newObject();
    props.params = params ?? new Unknown('the page’s address');
    props.searchParams = newObject();
    const getStaticProps = record.exports.has('getStaticProps')
      ? exportOf(record, 'getStaticProps')
      : undefined;
    if (getStaticProps instanceof Closure) {
      const context = newObject();
      context.params = params;
      const result = propertyOf(callFunction(getStaticProps, [context], this.context), 'props');
      if (isPlainObject(result)) Object.assign(props, result);
    }
    return props;
  }

  /** Images in the site's own files become assets; addresses elsewhere stay as written. */
  private image(src: Value, module: ModuleRecord): string | undefined {
    const address =
      src instanceof FilePath ? src.path : typeof src === 'string' ? src : propertyOf(src, 'src');
    if (typeof address !== 'string') return undefined;
    if (!this.root || /^[a-z]+:|^\/\//i.test(address)) return address;
    const candidates =
      src instanceof FilePath
        ? [address]
        : address.startsWith('/')
          ? [path.join(this.root, 'public', address), path.join(this.root, address)]
          : [
              path.resolve(path.dirname(module.path), address),
              path.join(this.root, 'public', address),
            ];
    for (const candidate of candidates) {
      let size: number;
      try {
        const stats = statSync(candidate);
        if (!stats.isFile()) continue;
        size = stats.size;
      } catch {
        continue;
      }
      if (size > MAX_IMAGE_BYTES) return address;
      const existing = this.assetNames.get(candidate);
      if (existing) return existing;
      const name = assetName(candidate, this.assets);
      this.assets.push({ name, bytes: new Uint8Array(readFileSync(candidate)) });
      this.assetNames.set(candidate, name);
      return name;
    }
    return src instanceof FilePath ? this.modules.relative(address) : address;
  }
}

type ObjectValueList = Value[];

/** `/core-areas/[code]` with `{ code: '1a' }` is `/core-areas/1a`. */
function filledRoute(route: string, param: Value): string {
  return route.replace(/\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}/g, (pattern, name: string) => {
    const value = isPlainObject(param) ? param[name] : undefined;
    if (Array.isArray(value)) return value.join('/');
    return typeof value === 'string' || typeof value === 'number' ? String(value) : pattern;
  });
}

function paramLabel(param: Value): string {
  if (!isPlainObject(param)) return String(param);
  return Object.values(param)
    .map((value) => (Array.isArray(value) ? value.join('/') : String(value)))
    .join('-');
}

/** A safe, unique asset name from a file name (`Quiz settings.PNG` → `quiz-settings.png`). */
function assetName(file: string, taken: ImportedAsset[]): string {
  const extension = path.extname(file).toLowerCase();
  const stem =
    path
      .basename(file, path.extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'image';
  let name = `${stem}${extension}`;
  for (let index = 2; taken.some((asset) => asset.name === name); index++)
    name = `${stem}-${index}${extension}`;
  return name;
}

/** `createRoot(…).render(<App />)` in an entry file with no default export. */
function renderedRoot(program: t.Program): t.JSXElement | undefined {
  for (const statement of program.body) {
    if (statement.type !== 'ExpressionStatement') continue;
    const call = statement.expression;
    if (call.type !== 'CallExpression') continue;
    const argument = call.arguments[0];
    if (call.callee.type === 'MemberExpression' && argument?.type === 'JSXElement') return argument;
  }
  return undefined;
}
