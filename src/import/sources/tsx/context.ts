import type * as t from '@babel/types';
import type { ImportNotice } from '../../html-source.js';
import type { SiteModules } from './site-modules.js';
import type { ModuleRecord, Scope, Value } from './values.js';

/** What evaluating one page needs: the site's files, where notices go, and the JSX renderer. */
export interface Context {
  modules: SiteModules;
  notices: ImportNotice[];
  /** Renders a JSX element or fragment met inside an expression. */
  renderJsx(node: t.JSXElement | t.JSXFragment, scope: Scope, module: ModuleRecord): string;
  /** The `src` to write for an image: the asset's name when the file was found in the site. */
  image(src: Value, module: ModuleRecord): string | undefined;
  /** How deep component and function calls are nested, to stop runaway recursion. */
  depth: number;
}

export const MAX_DEPTH = 40;

export function sourceOf(module: ModuleRecord, node: t.Node): string {
  const text = module.source.slice(node.start ?? 0, node.end ?? 0).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function whereOf(module: ModuleRecord, node: t.Node): string {
  return `${module.file}:${node.loc?.start.line ?? 0}`;
}
