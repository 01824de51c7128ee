import type { HtmlSource } from './html-source.js';
import { ImportError } from './import-error.js';

/**
 * Word documents and JSX/TSX sites are read into the same HtmlSource shape as a saved page, by
 * readers kept in src/import/sources/. They are loaded only when such a source is imported,
 * and by a path held in a variable, so the pipeline works (and says so calmly) without them.
 */
const DOCX_READER = './sources/docx-to-html.js';
const TSX_READER = './sources/tsx-site.js';

type DocxReader = (bytes: Uint8Array, file: string) => Promise<HtmlSource>;
type TsxReader = (source: string) => Promise<HtmlSource | HtmlSource[]>;

export async function readDocx(bytes: Uint8Array, file: string): Promise<HtmlSource> {
  const reader = await load<DocxReader>(
    DOCX_READER,
    'docxToHtml',
    'Word documents are not supported yet',
  );
  return reader(bytes, file);
}

/** A TSX/JSX site folder (or one file), as one HtmlSource per page. */
export async function readTsxSite(source: string): Promise<HtmlSource[]> {
  const reader = await load<TsxReader>(
    TSX_READER,
    'tsxToHtml',
    'JSX and TSX sites are not supported yet',
  );
  const read = await reader(source);
  return Array.isArray(read) ? read : [read];
}

async function load<T>(specifier: string, name: string, notYet: string): Promise<T> {
  let module: Record<string, unknown>;
  try {
    module = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new ImportError(
      notYet,
      'Save it as a web page first (in Word: File > Save as > Web Page), or copy the site’s built HTML folder, and import that.',
    );
  }
  const reader = module[name];
  if (typeof reader !== 'function') throw new Error(`${specifier} does not export ${name}`);
  return reader as T;
}
