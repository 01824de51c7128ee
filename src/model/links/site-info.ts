import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { SourceFile } from '../types.js';

/**
 * What a Jekyll site adds to plain relative links: the `baseurl` every site-absolute link starts
 * with, page permalinks from front matter, and dated post URLs.
 */
export interface SiteInfo {
  /** `baseurl` from _config.yml without slashes ('' when there is none). */
  baseurl: string;
  /** Page keys (see `pageKey`) from `permalink:` front matter, to the Markdown file. */
  permalinks: Map<string, string>;
  /** `yyyy/mm/dd/slug` of every file in _posts, to the Markdown file. */
  posts: Map<string, string>;
  /** `author` and `email` from _config.yml: the candidate's own name and address on a Jekyll site. */
  author: string;
  email: string;
}

const POST = /(?:^|\/)_posts\/(?:.*\/)?(\d{4})-(\d{2})-(\d{2})-([^/]+)\.(?:md|markdown)$/i;

export function readSiteInfo(root: string, files: SourceFile[]): SiteInfo {
  const permalinks = new Map<string, string>();
  const posts = new Map<string, string>();
  for (const file of files) {
    const permalink = file.data.permalink;
    if (typeof permalink === 'string' && !permalink.includes(':'))
      permalinks.set(pageKey(permalink.replace(/^\/+/, '')), file.path);
    const post = POST.exec(file.path);
    if (post) posts.set(`${post[1]}/${post[2]}/${post[3]}/${post[4]}`, file.path);
  }
  return { ...readSiteConfig(root), permalinks, posts };
}

/** The part of a site path that names a page: no trailing slash, `.html` or `/index`. */
export function pageKey(sitePath: string): string {
  return sitePath
    .replace(/\/+$/, '')
    .replace(/\.html?$/i, '')
    .replace(/(?:^|\/)index$/i, '');
}

function readSiteConfig(root: string): { baseurl: string; author: string; email: string } {
  const none = { baseurl: '', author: '', email: '' };
  let config: unknown;
  try {
    config = parse(readFileSync(path.join(root, '_config.yml'), 'utf8'));
  } catch {
    // No _config.yml, or a broken one: that is the site generator's business.
    return none;
  }
  if (!config || typeof config !== 'object') return none;
  const read = (key: string) => {
    const value = (config as Record<string, unknown>)[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  return {
    baseurl: read('baseurl').replace(/^\/+|\/+$/g, ''),
    author: read('author'),
    email: read('email'),
  };
}
