import type { AssetFile } from '../model/types.js';
import { resolveLink, type FileIndex, type LinkTarget } from './resolve-link.js';
import { siteHref, sitePathForAsset } from './site-paths.js';

export interface PageAnchor {
  page: string;
  id: string;
}

/** Where everything lands in the site: pages per Markdown file, anchors per page, evidence paths. */
export class SiteMap {
  /** Markdown path → the first page that shows it. */
  readonly pageOfFile = new Map<string, string>();
  /** `file#id` as written → page and (possibly renamed) id. */
  readonly anchors = new Map<string, PageAnchor>();
  /** Asset path → site path, for every asset a page or the matrix refers to. */
  readonly usedAssets = new Map<string, { asset: AssetFile; sitePath: string }>();
  readonly pages = new Set<string>();

  constructor(
    readonly index: FileIndex,
    readonly baseUrl?: string,
  ) {}

  addAnchor(file: string, id: string, anchor: PageAnchor): void {
    const key = `${file}#${id}`;
    if (!this.anchors.has(key)) this.anchors.set(key, anchor);
  }

  useAsset(asset: AssetFile): string {
    const known = this.usedAssets.get(asset.path);
    if (known) return known.sitePath;
    const sitePath = sitePathForAsset(asset.path, this.pages);
    this.usedAssets.set(asset.path, { asset, sitePath });
    return sitePath;
  }

  href(sitePath: string, anchor?: string, currentPage?: string): string {
    if (currentPage !== undefined && sitePath === currentPage && anchor !== undefined)
      return `#${encodeURIComponent(anchor)}`;
    return siteHref(sitePath, this.baseUrl, anchor);
  }

  /** Links already resolved, by file and URL: pages, the matrix and extra pages all ask again. */
  private readonly resolved = new Map<string, LinkTarget>();

  resolve(url: string, fromFile: string): LinkTarget {
    const key = `${fromFile}\0${url}`;
    let target = this.resolved.get(key);
    if (!target) {
      target = resolveLink(url, fromFile, this.index);
      this.resolved.set(key, target);
    }
    return target;
  }
}

export type PlacedLink =
  | { kind: 'external'; href: string }
  | { kind: 'page'; href: string; page: string; lostAnchor?: string }
  | { kind: 'asset'; href: string; asset: AssetFile; sitePath: string }
  | { kind: 'skip'; reason: string };

/** Turns a link written in `fromFile` into the href it has on `currentPage`. */
export function placeLink(
  map: SiteMap,
  url: string,
  fromFile: string,
  currentPage: string,
): PlacedLink {
  const target = map.resolve(url, fromFile);
  switch (target.kind) {
    case 'external':
      return target;
    case 'skip':
      return target;
    case 'asset': {
      const sitePath = map.useAsset(target.asset);
      const hash = target.anchor === undefined ? '' : `#${target.anchor}`;
      return { kind: 'asset', href: map.href(sitePath) + hash, asset: target.asset, sitePath };
    }
    case 'anchor':
    case 'markdown': {
      const file = target.kind === 'anchor' ? fromFile : target.file.path;
      const anchor = target.anchor;
      if (anchor) {
        const found = map.anchors.get(`${file}#${anchor}`);
        if (found)
          return {
            kind: 'page',
            href: map.href(found.page, found.id, currentPage),
            page: found.page,
          };
      }
      if (target.kind === 'anchor') {
        return { kind: 'skip', reason: `there is no heading or id #${anchor ?? ''} in ${file}` };
      }
      const page = map.pageOfFile.get(file);
      if (!page)
        return { kind: 'skip', reason: `${file} is not part of any page of the portfolio` };
      return { kind: 'page', href: map.href(page), page, lostAnchor: anchor || undefined };
    }
  }
}
