import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { templatesDir } from '../util/paths.js';

/** The site's stylesheet, kept as a real CSS file under templates/site/ so it is easy to edit. */
export async function siteStyles(): Promise<string> {
  return readFile(path.join(templatesDir, 'site', 'site.css'), 'utf8');
}

export const STYLESHEET_FILE = 'site.css';
