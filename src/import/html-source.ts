/**
 * What every non-Markdown source (a Word document, a JSX/TSX page) is turned into before it is
 * mapped onto the portfolio: HTML, the files it refers to, and what could not be carried over.
 * One shape, so the mapping onto sections is written once, for HTML.
 */
export interface HtmlSource {
  /** The source file this came from, relative to the import source. */
  file: string;
  /** HTML of the document body; images point at `assets[].name`. */
  html: string;
  /** Files pulled out of the source (embedded images), referred to by name from `html`. */
  assets: ImportedAsset[];
  /** Text or features that were not carried into `html`, or that the candidate should look at. */
  notices: ImportNotice[];
  /** A document's own Title property (Word: File > Info > Properties), used to guess the name. */
  title?: string;
  /** The address a site serves the page at (`/core-areas/1`), so links to it can follow it. */
  route?: string;
}

export interface ImportedAsset {
  /** A safe file name, unique within the source, e.g. `image-3.png`. */
  name: string;
  bytes: Uint8Array;
  /** Alternative text found in the source, when there was one. */
  alt?: string;
}

export interface ImportNotice {
  kind: 'comment' | 'tracked-change' | 'dropped' | 'warning';
  /** Says what it is and what to do, in the candidate's terms. */
  message: string;
  /** Where in the source: a line number for text sources, a paragraph or page for documents. */
  where?: string;
  /** Words of text this notice accounts for that are not in `html` (0 when nothing was lost). */
  words?: number;
}

/**
 * The id of an empty anchor a converted document puts at the start of its paragraph number N
 * (`cmalt-paragraph-37`): positions are then given as "paragraph 37", not a line of HTML.
 */
export const PARAGRAPH_MARK = 'cmalt-paragraph-';
