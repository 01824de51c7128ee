import type { Root, RootContent } from 'mdast';
import type { Config, Severity } from '../config/schema.js';
import type { Outline } from '../outline/load-outline.js';
import type { PartKind } from '../outline/schema.js';

export type { PartKind };

/** 1-based line and column in the original file, front matter included. */
export interface Position {
  line: number;
  column: number;
}

/** A problem is data: where it is, which rule found it, and what to do. */
export interface Problem extends Position {
  ruleId: string;
  severity: Severity;
  /** Portfolio-relative path with forward slashes; '' for the portfolio as a whole. */
  file: string;
  message: string;
  hint?: string;
  /** Section id the problem belongs to, where there is one. */
  section?: string;
  /** A fatal problem means the run could not do its job (exit 2). */
  fatal?: boolean;
}

/** Where a part of a section came from: a heading the candidate wrote, or no label at all. */
export type PartLabel = PartKind | 'unlabelled';

export type LinkKind = 'link' | 'image';

export interface Link extends Position {
  kind: LinkKind;
  /** The target exactly as written (after reference definitions are resolved). */
  url: string;
  /** Visible text of a link, or alt text of an image ('' when missing). */
  text: string;
  /** True when an image has no alt attribute at all (as opposed to alt=""). */
  missingAlt?: boolean;
  /** Written as raw HTML (<a>, <img>) rather than Markdown. */
  html?: boolean;
  /** Written as a bare URL or <autolink>, so the text is the address itself. */
  bare?: boolean;
  file: string;
  section?: string;
  part?: PartLabel;
}

export interface Paragraph extends Position {
  file: string;
  endLine: number;
  /** Plain text as a reader sees it: no markup, no URLs, no comments or Liquid tags. */
  text: string;
  words: number;
  /** Words inside *emphasis* (italics): long italic passages are hard to read. */
  italicWords: number;
  container: 'body' | 'list' | 'blockquote' | 'table';
  section?: string;
  part?: PartLabel;
}

export interface Heading extends Position {
  file: string;
  depth: number;
  text: string;
  /** GitHub-style anchor slug, unique within the file. */
  slug: string;
  /** A bold line standing alone, used as a heading by the candidate. */
  pseudo?: boolean;
}

/** An HTML comment: template guidance, or a control comment such as `cmalt-disable`. */
export interface Comment extends Position {
  file: string;
  endLine: number;
  text: string;
}

export interface Part {
  label: PartLabel;
  /** The heading that opened the part, where one did. */
  heading?: Heading;
  paragraphs: Paragraph[];
  links: Link[];
  words: number;
}

/** A slice of a file that belongs to a section: the builder renders these nodes. */
export interface Chunk {
  file: string;
  nodes: RootContent[];
}

export interface Section extends Position {
  /** `1a`, `specialist-1`, `future-plans`... */
  id: string;
  /** Outline id: `specialist` for `specialist-1`. */
  kind: string;
  title: string;
  file: string;
  /** How the section was recognised, so messages can say why. */
  recognisedBy: 'front-matter' | 'file-name' | 'heading' | 'config-map';
  assessed: boolean;
  heading?: Heading;
  parts: Part[];
  chunks: Chunk[];
  /** Front matter of the file the section starts in (e.g. `covers:`). */
  data: Record<string, unknown>;
  words: number;
  wordsByPart: Record<PartLabel, number>;
  links: Link[];
  /** Distinct evidence targets cited by the section (links in its evidence part and links to local files). */
  evidence: Link[];
}

export interface SourceFile {
  /** Portfolio-relative, forward slashes. */
  path: string;
  absolutePath: string;
  /** Front matter data ({} when none or unreadable). */
  data: Record<string, unknown>;
  /** Number of lines the front matter occupies (0 when none). */
  frontMatterLines: number;
  /** Original text, as read (BOM removed). */
  text: string;
  tree: Root;
  headings: Heading[];
  /** Every anchor a link can target in this file: heading slugs and explicit ids/names. */
  anchors: Set<string>;
  comments: Comment[];
  paragraphs: Paragraph[];
  links: Link[];
}

export interface AssetFile {
  /** Portfolio-relative, forward slashes. */
  path: string;
  absolutePath: string;
  size: number;
}

export interface Portfolio {
  /** Absolute folder of the portfolio. */
  root: string;
  config: Config;
  /** Whether the config came from a cmalt.yml or was assumed. */
  configFile?: string;
  outline: Outline;
  files: SourceFile[];
  sections: Section[];
  /** Every non-Markdown file in the portfolio (evidence, images, attachments). */
  assets: AssetFile[];
  /** Problems found while loading: unreadable files, bad YAML, unmapped content. */
  problems: Problem[];
}
