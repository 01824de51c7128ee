import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderCombined, type SingleFileInput } from '../single-file.js';
import { pdfStyles } from './pdf-document.js';
import { printPdf } from './print-pdf.js';

export const PDF_FILE = 'portfolio.pdf';

export interface PdfBuildOptions {
  /** Chrome or Chromium, as found by findBrowser. */
  executablePath: string;
  /** The site folder being built, with the evidence already copied into it. */
  folder: string;
  signal?: AbortSignal;
}

export interface PdfBuildResult {
  /** Where it was written, inside `folder`. */
  path: string;
  size: number;
  pages: number;
  /** The page each contents entry starts on, by its anchor. */
  contents: Map<string, number>;
}

/**
 * The whole portfolio as one PDF in the site folder: who and which pathway, the contents
 * with page numbers, every section in the pathway's order, the evidence matrix and the list
 * of evidence files. `input.home` is the opening shown above the contents.
 */
export async function buildPdf(
  input: SingleFileInput,
  options: PdfBuildOptions,
): Promise<PdfBuildResult> {
  const parts = await renderCombined(input, 'PDF');
  const css = 'css' in input.site.style ? input.site.style.css : '';
  const site = { ...input.site, style: { css: `${css}\n${await pdfStyles()}` } };
  const printed = await printPdf({
    executablePath: options.executablePath,
    folder: options.folder,
    document: { site, intro: parts.home, parts },
    signal: options.signal,
  });
  const file = path.join(options.folder, PDF_FILE);
  await writeFile(file, printed.bytes);
  return {
    path: file,
    size: printed.bytes.length,
    pages: printed.pages,
    contents: printed.contents,
  };
}
