import { opendir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from './import-error.js';

/** Larger than any saved portfolio page (a 90 KB page is long); a bigger file is something else. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
/** A site folder with more pages than this is not one portfolio. */
export const MAX_PAGES = 2000;

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'wp-includes', 'wp-admin']);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('windows-1252');

export interface FoundFiles {
  /** Source-relative paths, forward slashes, sorted. */
  html: string[];
  markdown: string[];
  documents: string[];
  jsx: string[];
}

/** Lists the files of a source folder by kind, without entering linked or hidden folders. */
export async function findSourceFiles(root: string): Promise<FoundFiles> {
  const found: FoundFiles = { html: [], markdown: [], documents: [], jsx: [] };
  const walk = async (dir: string, relative: string) => {
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new ImportError(
        `the folder ${relative || path.basename(dir)} cannot be read (${code})`,
        'Check that you may read the folder and everything in it, then import again.',
      );
    }
    for await (const entry of handle) {
      if (entry.name.startsWith('.')) continue;
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path.join(dir, entry.name), rel);
        continue;
      }
      if (!entry.isFile()) continue;
      if (/\.html?$/i.test(entry.name)) found.html.push(rel);
      else if (/\.(md|markdown)$/i.test(entry.name)) found.markdown.push(rel);
      else if (/\.(docx|odt)$/i.test(entry.name) && !entry.name.startsWith('~$'))
        found.documents.push(rel);
      else if (/\.(jsx|tsx)$/i.test(entry.name)) found.jsx.push(rel);
    }
  };
  await walk(root, '');
  for (const list of Object.values(found)) (list as string[]).sort();
  return found;
}

/**
 * Reads a page as text, refusing what no browser would show as a page: too large, binary
 * (an image or document renamed .html). Pages saved in Windows' Western encoding are read too.
 */
export async function readPageText(absolute: string, shown: string): Promise<string> {
  const bytes = await readSourceBytes(absolute, shown, MAX_PAGE_BYTES);
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) {
    throw new ImportError(
      `${shown} is not a web page: it holds binary data (it may be an image or a document renamed .html)`,
      'Open it to see what it is. Import the page saved from the browser (File > Save as, "Web page, HTML only"), or the folder your site builder exported.',
    );
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return latin1.decode(bytes);
  }
}

/** Reads a source file whole, after checking its size, with a message that names it when it cannot. */
export async function readSourceBytes(
  absolute: string,
  shown: string,
  limit: number,
): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(absolute)).size;
  } catch (error) {
    throw unreadable(shown, error);
  }
  if (size > limit) {
    throw new ImportError(
      `${shown} is ${(size / 1024 / 1024).toFixed(0)} MB, more than the ${limit / 1024 / 1024} MB cmalt reads as one page or document`,
      'A portfolio page is well under 1 MB. Check that this is the right file; if a page is large because of embedded images, save it from the browser as "Web page, complete" so the images are separate files.',
    );
  }
  try {
    return await readFile(absolute);
  } catch (error) {
    throw unreadable(shown, error);
  }
}

function unreadable(shown: string, error: unknown): ImportError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new ImportError(
    `${shown} cannot be read (${code})`,
    code === 'ENOENT'
      ? 'Check the path: give the saved page, the exported folder or the document to import.'
      : 'Check that you may read the file, then import again.',
  );
}
