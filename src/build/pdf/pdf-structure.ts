import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

/** A bookmark as the PDF holds it: its title, the page it opens (1-based) and those under it. */
export interface Bookmark {
  title: string;
  page?: number;
  children: Bookmark[];
}

/**
 * The page (1-based) each named destination opens. Chromium names a destination after the id
 * of every element a link in the document points to, so `#1a` in the contents becomes `1a`.
 */
export function destinationPages(pdf: PDFDocument): Map<string, number> {
  const pageOf = pageNumbers(pdf);
  const pages = new Map<string, number>();
  const add = (name: string, dest: PDFObject | undefined) => {
    const target = destArray(pdf, dest)?.get(0);
    const page = target instanceof PDFRef ? pageOf.get(target.toString()) : undefined;
    if (page !== undefined) pages.set(name, page);
  };
  const dests = pdf.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [key, value] of dests?.entries() ?? []) add(key.decodeText(), value);
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (tree) walkNameTree(pdf, tree, add);
  return pages;
}

/** The document outline (bookmarks), in order. */
export function bookmarks(pdf: PDFDocument): Bookmark[] {
  const pageOf = pageNumbers(pdf);
  const read = (first: PDFDict | undefined): Bookmark[] => {
    const items: Bookmark[] = [];
    for (const item of siblings(first)) {
      const target = destArray(pdf, item.get(PDFName.of('Dest')))?.get(0);
      items.push({
        title: textOf(item.lookup(PDFName.of('Title'))) ?? '',
        page: target instanceof PDFRef ? pageOf.get(target.toString()) : undefined,
        children: read(item.lookupMaybe(PDFName.of('First'), PDFDict)),
      });
    }
    return items;
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return read(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/**
 * Chromium takes a bookmark's title from the heading's lines with no space where a line
 * wrapped ("constraintsand benefits"). A title that matches a heading once spaces are
 * ignored gets that heading's text back.
 */
export function repairBookmarkTitles(pdf: PDFDocument, headings: string[]): number {
  const byLetters = new Map(headings.map((h) => [h.replace(/\s+/g, ''), h]));
  let repaired = 0;
  const visit = (first: PDFDict | undefined) => {
    for (const item of siblings(first)) {
      const title = textOf(item.lookup(PDFName.of('Title')));
      const heading = title === undefined ? undefined : byLetters.get(title.replace(/\s+/g, ''));
      if (heading !== undefined && heading !== title) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(heading));
        repaired++;
      }
      visit(item.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  const outlines = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
  return repaired;
}

/**
 * Links Chromium made absolute against the folder the PDF was printed in (`file:///…/dist/
 * evidence/x.pdf`) become relative again (`evidence/x.pdf`), so they open the evidence beside
 * the PDF wherever the folder or zip is unpacked.
 */
export function relativiseLinks(pdf: PDFDocument, folderUrl: string): number {
  const prefix = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  let changed = 0;
  for (const page of pdf.getPages()) {
    const annots = page.node.Annots();
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const action = annots?.lookup(i, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = textOf(action?.lookup(PDFName.of('URI')));
      if (!action || uri === undefined || !uri.startsWith(prefix)) continue;
      action.set(PDFName.of('URI'), PDFString.of(uri.slice(prefix.length)));
      changed++;
    }
  }
  return changed;
}

/** Whether the PDF says it is tagged and carries a structure tree for assistive technology. */
export function isTagged(pdf: PDFDocument): boolean {
  const mark = pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const marked = mark?.get(PDFName.of('Marked'))?.toString() === 'true';
  return marked && pdf.catalog.has(PDFName.of('StructTreeRoot'));
}

function pageNumbers(pdf: PDFDocument): Map<string, number> {
  return new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i + 1]));
}

function destArray(pdf: PDFDocument, dest: PDFObject | undefined): PDFArray | undefined {
  const value = dest instanceof PDFRef ? pdf.context.lookup(dest) : dest;
  if (value instanceof PDFArray) return value;
  // A destination may also be a dictionary whose /D holds the array.
  if (value instanceof PDFDict) return value.lookupMaybe(PDFName.of('D'), PDFArray);
  return undefined;
}

function walkNameTree(
  pdf: PDFDocument,
  node: PDFDict,
  add: (name: string, dest: PDFObject | undefined) => void,
): void {
  const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
  for (let i = 0; i + 1 < (names?.size() ?? 0); i += 2) {
    const name = textOf(names?.lookup(i));
    if (name !== undefined) add(name, names?.get(i + 1));
  }
  const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
  for (let i = 0; i < (kids?.size() ?? 0); i++) {
    const kid = kids?.lookup(i);
    if (kid instanceof PDFDict) walkNameTree(pdf, kid, add);
  }
}

function* siblings(first: PDFDict | undefined): Generator<PDFDict> {
  const seen = new Set<PDFDict>();
  for (let item = first; item && !seen.has(item);) {
    seen.add(item);
    yield item;
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
}

function textOf(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return undefined;
}
