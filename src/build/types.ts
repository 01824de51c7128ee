/** What a caller asks `buildSite` for. Paths are resolved against the portfolio folder. */
export interface BuildOptions {
  /** Site folder, relative to the portfolio folder unless absolute. Default `dist`. */
  out?: string;
  /** Also write one self-contained HTML file, `portfolio.html`, in the site folder. */
  singleFile?: boolean;
  /** Also write a zip of the site beside the site folder. */
  zip?: boolean;
  /** Also print the whole portfolio to one PDF, `portfolio.pdf`, in the site folder. */
  pdf?: boolean;
  /** The Chrome or Chromium to print the PDF with (`CHROME_PATH`); else one on the usual paths. */
  chromePath?: string;
  /** On Windows, the program folders to look for a browser in (`ProgramFiles`, …). */
  programFolders?: string[];
  /** Sub-path the site is published under (`/cmalt/`): internal links become site-absolute. */
  baseUrl?: string;
  /** Write the zip or single file even when it is over the hard size limit. */
  force?: boolean;
  /** Named in manifest.json, e.g. `cmalt 0.1.0`. */
  generator?: string;
  /**
   * Leave the evidence where it is instead of copying it into the site (`result.evidence` still
   * lists each file and its site path). For a preview that serves evidence from the portfolio.
   */
  evidenceInPlace?: boolean;
  signal?: AbortSignal;
  onProgress?: (progress: BuildProgress) => void;
}

export interface BuildProgress {
  phase: 'pages' | 'evidence' | 'pdf' | 'manifest' | 'zip';
  done: number;
  total: number;
  /** The file being worked on, site-relative. */
  file?: string;
}

/** A link or image the site leaves inactive: its text is kept, its target is not followed. */
export interface SkippedLink {
  /** Portfolio-relative file the link is written in. */
  file: string;
  line: number;
  column: number;
  url: string;
  reason: string;
  /** `text`: shown as plain text; `page`: kept as a link to the page, without the missing anchor. */
  action: 'text' | 'page';
}

export interface BuildWarning {
  code: 'size-over-advised' | 'size-over-limit' | 'image-not-embedded';
  message: string;
}

export interface SiteFile {
  /** Site-relative, forward slashes. */
  path: string;
  size: number;
  sha256: string;
}

export interface PageSummary {
  file: string;
  title: string;
  kind: 'home' | 'section' | 'extra' | 'evidence';
  section?: string;
}

export interface SizeBudget {
  /** What was measured: the zip or the single file. */
  subject: string;
  size: number;
  status: 'ok' | 'warn' | 'refuse';
  /** The largest files inside, biggest first (at most 3). */
  largest: { path: string; size: number }[];
  /** True when --force let an over-limit file through. */
  forced?: boolean;
}

export interface BuildResult {
  /** Absolute site folder. */
  outDir: string;
  pages: PageSummary[];
  /** Every file in the site folder, sorted by path. */
  files: SiteFile[];
  siteBytes: number;
  /** Evidence copied from the portfolio, portfolio-relative source paths. */
  evidence: { source: string; path: string; size: number }[];
  skipped: SkippedLink[];
  warnings: BuildWarning[];
  singleFile?: { path: string; size: number; budget: SizeBudget; written: boolean };
  /** The PDF, with the browser that printed it. */
  pdf?: { path: string; size: number; pages: number; browser: string };
  zip?: {
    path: string;
    size: number;
    entries: number;
    stored: number;
    deflated: number;
    budget: SizeBudget;
    written: boolean;
  };
}
