import { statSync } from 'node:fs';
import path from 'node:path';
import type { ImportedAsset } from './html-source.js';
import type { PageLinks } from './html-to-page.js';
import type { EvidenceCopy, PlannedImportFile } from './types.js';

/** Marks a link to an imported page until it is known which section file the page's text went to. */
export const PAGE_LINK = 'cmalt-import:';

const SCHEME = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * Decides where every link of the imported pages points in the new portfolio: files beside the
 * pages are copied into evidence/, links between pages are marked for rewriting, web addresses
 * stay as they are. Nothing outside the source folder is ever read.
 */
export class SiteLinks {
  readonly evidence: EvidenceCopy[] = [];
  readonly files: PlannedImportFile[] = [];
  readonly missing: { where: string; url: string }[] = [];
  private readonly byTarget = new Map<string, string>();
  private readonly usedNames = new Set<string>();

  constructor(
    /** Absolute folder of the source; undefined for a document with no folder (a Word file). */
    private readonly root: string | undefined,
    /** Source-relative paths of every page being imported. */
    private readonly pages: Set<string>,
    /** Addresses a site serves its pages at (`/core-areas/1`), to the page's source path. */
    private readonly routes = new Map<string, string>(),
  ) {}

  /** The rewriter for one page, with the assets its source carries (images of a Word file). */
  forPage(file: string, assets: ImportedAsset[] = []): PageLinks {
    const byName = new Map(assets.map((a) => [a.name, a]));
    return {
      rewrite: (raw, _kind, where) => {
        const url = raw.trim();
        const asset = byName.get(url);
        if (asset) return this.addAsset(`${file}#${asset.name}`, asset);
        if (url.startsWith('#')) return `${PAGE_LINK}${encodeURI(file)}${url}`;
        if (!url || SCHEME.test(url) || !this.root) return undefined;
        return this.local(file, url, where);
      },
    };
  }

  private local(file: string, url: string, where: string): string | undefined {
    const hashAt = url.indexOf('#');
    const hash = hashAt >= 0 ? url.slice(hashAt) : '';
    const bare = (hashAt >= 0 ? url.slice(0, hashAt) : url).replace(/\?.*$/, '');
    let decoded: string;
    try {
      decoded = decodeURIComponent(bare);
    } catch {
      decoded = bare;
    }
    const relative = decoded.startsWith('/')
      ? path.posix.normalize(decoded.slice(1))
      : path.posix.normalize(path.posix.join(path.posix.dirname(file), decoded));
    if (relative.startsWith('../') || relative === '..') {
      this.missing.push({ where, url });
      return undefined;
    }
    const page = this.pageFor(relative, decoded.startsWith('/'));
    if (page !== undefined) return `${PAGE_LINK}${encodeURI(page)}${hash}`;
    const found = this.fileFor(relative, decoded.startsWith('/'));
    if (!found) {
      this.missing.push({ where, url });
      return undefined;
    }
    return this.addCopy(found.relative, found.absolute, found.size) + hash;
  }

  private pageFor(relative: string, absolute: boolean): string | undefined {
    const route = `/${relative}`.replace(/\/+$/, '').replace(/\/index$/, '') || '/';
    if (absolute || this.routes.size) {
      const page = this.routes.get(route === '/.' ? '/' : route);
      if (page !== undefined) return page;
    }
    const candidates = [relative, `${relative}.html`, path.posix.join(relative, 'index.html')];
    return candidates.map((c) => c.replace(/^\.\//, '')).find((c) => this.pages.has(c));
  }

  /**
   * The file a link names, inside the source folder. A site-absolute address (`/evidence/a.pdf`)
   * is served from the site's public/ or static/ folder by Vite, Next.js, Astro and Gatsby.
   */
  private fileFor(
    relative: string,
    absolute: boolean,
  ): { relative: string; absolute: string; size: number } | undefined {
    const candidates = absolute
      ? [relative, `public/${relative}`, `static/${relative}`]
      : [relative];
    for (const candidate of candidates) {
      const full = path.join(this.root as string, candidate);
      try {
        const info = statSync(full);
        if (info.isFile()) return { relative: candidate, absolute: full, size: info.size };
      } catch {
        // Not there: try the next folder.
      }
    }
    return undefined;
  }

  private addCopy(relative: string, absolute: string, bytes: number): string {
    const known = this.byTarget.get(relative);
    if (known) return known;
    const to = `evidence/${this.uniqueName(path.posix.basename(relative))}`;
    this.byTarget.set(relative, to);
    this.evidence.push({ from: relative, to, bytes });
    this.files.push({ path: to, copyFrom: absolute, purpose: `evidence, copied from ${relative}` });
    return to;
  }

  private addAsset(key: string, asset: ImportedAsset): string {
    const known = this.byTarget.get(key);
    if (known) return known;
    const to = `evidence/${this.uniqueName(asset.name)}`;
    this.byTarget.set(key, to);
    this.evidence.push({ from: key, to, bytes: asset.bytes.length });
    this.files.push({ path: to, content: asset.bytes, purpose: `image from ${key.split('#')[0]}` });
    return to;
  }

  /** A file name that works in every browser and zip: no spaces or odd characters, unique. */
  private uniqueName(name: string): string {
    const dot = name.lastIndexOf('.');
    const stem =
      (dot > 0 ? name.slice(0, dot) : name)
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'file';
    const ext =
      dot > 0
        ? name
            .slice(dot)
            .replace(/[^A-Za-z0-9.]+/g, '')
            .toLowerCase()
        : '';
    let candidate = `${stem}${ext}`;
    for (let n = 2; this.usedNames.has(candidate.toLowerCase()); n++)
      candidate = `${stem}-${n}${ext}`;
    this.usedNames.add(candidate.toLowerCase());
    return candidate;
  }
}
