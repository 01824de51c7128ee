import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BuildError } from '../build-error.js';
import { pdfDocument, pdfFooter, type PdfDocumentInput } from './pdf-document.js';
import { destinationPages, relativiseLinks, repairBookmarkTitles } from './pdf-structure.js';

/** Chromium as cmalt runs it: no window, no first-run setup, nothing fetched in the background. */
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Printing again after filling in the contents' page numbers; a third time only if they moved. */
const MAX_PRINTS = 3;

export interface PrintPdfInput {
  /** Chrome or Chromium, as found by findBrowser. */
  executablePath: string;
  /** The site folder being built: relative links and images in the document resolve in it. */
  folder: string;
  document: PdfDocumentInput;
  signal?: AbortSignal;
}

export interface PrintedPdf {
  bytes: Uint8Array;
  pages: number;
  /** The page each contents entry starts on, by its anchor (`1a`, `evidence-files`). */
  contents: Map<string, number>;
  /** How many times the document was printed to settle the contents' page numbers. */
  prints: number;
}

/**
 * Prints the combined document to one tagged PDF with bookmarks from its headings. It is
 * printed once to learn the page each section starts on, then again with those numbers in
 * the contents. The browser is always closed, also when printing fails.
 */
export async function printPdf(input: PrintPdfInput): Promise<PrintedPdf> {
  const { signal } = input;
  const ids = input.document.parts.nav.map((entry) => entry.href.slice(1));
  const file = path.join(input.folder, `.cmalt-print-${randomBytes(6).toString('hex')}.html`);
  signal?.throwIfAborted();
  const browser = await launch(input.executablePath);
  // Ctrl-C closes the browser, so a print under way stops and the build cleans up after itself.
  const stop = () => void browser.close().catch(() => undefined);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const page = await browser.newPage();
    let contents = new Map<string, number>();
    let printed: PDFDocument | undefined;
    let prints = 0;
    for (;;) {
      signal?.throwIfAborted();
      printed = await printOnce(page, file, pdfDocument(input.document, contents), input.document);
      prints++;
      const found = destinationPages(printed);
      const starts = new Map(
        ids.flatMap((id) => (found.has(id) ? [[id, found.get(id) ?? 0]] : [])),
      );
      if ((prints > 1 && sameNumbers(starts, contents)) || prints === MAX_PRINTS) break;
      contents = starts;
    }
    if (!printed) throw new Error('the PDF was not printed');
    repairBookmarkTitles(printed, headingsOf(pdfDocument(input.document, contents)));
    relativiseLinks(printed, pathToFileURL(input.folder).href);
    const bytes = await printed.save();
    return { bytes, pages: printed.getPageCount(), contents, prints };
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
    await rm(file, { force: true });
    await browser.close().catch(() => undefined);
  }
}

async function launch(executablePath: string): Promise<Browser> {
  try {
    // The build handles Ctrl-C itself; Playwright's own handler would exit before it cleans up.
    return await chromium.launch({
      executablePath,
      args: BROWSER_ARGS,
      timeout: 60_000,
      handleSIGINT: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = (message.split('\n')[0] ?? '').replace(/^browserType\.launch: /, '');
    throw new BuildError(
      `${executablePath} could not be started to print the PDF: ${reason}`,
      'Check that it is Chrome or Chromium and that it opens, or set CHROME_PATH to another one.',
    );
  }
}

async function printOnce(
  page: Page,
  file: string,
  html: string,
  document: PdfDocumentInput,
): Promise<PDFDocument> {
  await writeFile(file, html);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  const bytes = await page.pdf({
    format: 'A4',
    printBackground: true,
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: pdfFooter(document.site),
    margin: { top: '16mm', bottom: '20mm', left: '16mm', right: '16mm' },
  });
  return PDFDocument.load(bytes, { updateMetadata: false });
}

function sameNumbers(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
}

/** Every heading's text, as the bookmarks should read. */
function headingsOf(html: string): string[] {
  const headings: string[] = [];
  const visit = (node: ReturnType<typeof fromHtml>['children'][number]) => {
    if (node.type !== 'element') return;
    if (/^h[1-6]$/.test(node.tagName)) headings.push(toText(node).replace(/\s+/g, ' ').trim());
    else node.children.forEach(visit);
  };
  fromHtml(html).children.forEach(visit);
  return headings;
}
