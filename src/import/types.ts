import type { ImportNotice } from './html-source.js';

/** One page of the source after it was read: Markdown text the portfolio model can segment. */
export interface IntermediatePage {
  /** The source file, relative to the import source, forward slashes. */
  file: string;
  /** Markdown of what was kept. Positions in it are mapped back to the source by `origin`. */
  markdown: string;
  /** Where a line of `markdown` came from in the source: `page.html:42` or `page.md:7`. */
  origin(line: number): string;
  /** Page title (`<title>`, front matter `title:`), used to place a page that has no criterion heading. */
  title?: string;
  /** A document's Title property: only for guessing the candidate's name, never to place text. */
  titleProperty?: string;
  /** Front matter data of a Markdown source page. */
  data?: Record<string, unknown>;
  /** Words of visible text read from the source page, before anything was dropped. */
  wordsRead: number;
  dropped: DroppedText[];
  notices: ImportNotice[];
  /** Anchors (ids) in the source page, each with the text of the heading it sits under. */
  anchors: Map<string, string | undefined>;
}

/** Text left out on purpose (site navigation, headers, footers, scripts, visitors' comments). */
export interface DroppedText {
  file: string;
  /** What it was: `nav`, `header`, `footer`, `aside`, `script`, `comments`... */
  what: string;
  where: string;
  words: number;
  /** The first words of it, so the candidate can recognise it. */
  excerpt: string;
}

/** Text that belongs to no criterion the recognisers know, written to unplaced.md. */
export interface UnplacedText {
  where: string;
  heading?: string;
  words: number;
  excerpt: string;
}

export interface PlannedImportFile {
  /** Portfolio-relative path, forward slashes. */
  path: string;
  /** Text or bytes to write, or `copyFrom`: a file of the source copied as it is. */
  content?: string | Uint8Array;
  copyFrom?: string;
  purpose: string;
}

export interface ImportedSection {
  id: string;
  title: string;
  file: string;
  /** Where in the source it came from. */
  from: string[];
  wordsRead: number;
  wordsWritten: number;
  parts: string[];
}

export interface EvidenceCopy {
  from: string;
  to: string;
  bytes: number;
}

export interface ConfigGuess {
  key: string;
  value: string;
  from: string;
}

export interface ImportPlan {
  /** What was imported: `html`, `markdown`, `docx`, `tsx`. */
  kind: string;
  source: string;
  /** Markdown in a layout `check` reads, without --restructure: nothing to write. */
  leftAsIs?: boolean;
  files: PlannedImportFile[];
  sections: ImportedSection[];
  unplaced: UnplacedText[];
  dropped: DroppedText[];
  evidence: EvidenceCopy[];
  /** Links to files that are not in the source folder, so they could not be copied. */
  missing: { where: string; url: string }[];
  notices: { message: string; where?: string; words?: number }[];
  config: ConfigGuess[];
  totals: {
    read: number;
    written: number;
    dropped: number;
    /** Words of headings cmalt wrote itself (titles of sections whose source had none). */
    added: number;
  };
}
