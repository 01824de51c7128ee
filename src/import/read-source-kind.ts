import type { HtmlSource } from './html-source.js';

/**
 * Word documents and JSX/TSX sites are read into the same HtmlSource shape as a saved page, by
 * the readers in src/import/sources/. They are imported only when such a source is imported, so
 * mammoth and the JavaScript parser are never loaded for other commands.
 */
export async function readDocx(bytes: Uint8Array, file: string): Promise<HtmlSource> {
  const { docxToHtml } = await import('./sources/docx-to-html.js');
  return docxToHtml(bytes, file);
}

/** A TSX/JSX site folder (or one page file), as one HtmlSource per page. */
export async function readTsxSite(source: string): Promise<HtmlSource[]> {
  const { readTsxSite: read } = await import('./sources/tsx-site.js');
  return read(source);
}
