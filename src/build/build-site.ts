import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssetFile, Portfolio } from '../model/types.js';
import { copyEvidence } from './copy-evidence.js';
import { buildEvidenceMatrix, MATRIX_PAGE, renderEvidenceMatrix } from './evidence-matrix.js';
import { homeBody, homeIntro, pathwayTitle } from './home-page.js';
import { toHtml } from './html.js';
import { listTree, writeManifest } from './manifest.js';
import {
  checkReplaceable,
  makeStaging,
  publishSite,
  resolveOutDir,
  zipPathFor,
} from './out-folder.js';
import { findBrowser } from './pdf/find-browser.js';
import { pageLayout, siteName, type NavEntry, type SiteIdentity } from './page-layout.js';
import { renderPages, type PageContent } from './render-pages.js';
import { createFileIndex } from './resolve-link.js';
import { realFileInside } from './safe-path.js';
import { sectionLabel } from './section-label.js';
import { renderSingleFile, SINGLE_FILE, type SinglePage } from './single-file.js';
import { budgetWarning, sizeBudget } from './size-budget.js';
import { SiteMap } from './site-map.js';
import { normaliseBaseUrl } from './site-paths.js';
import { siteStyles, STYLESHEET_FILE } from './site-styles.js';
import type { BuildOptions, BuildResult, PageSummary, SkippedLink } from './types.js';
import { writeZip } from './write-zip.js';

const HOME_PAGE = 'index.html';

/**
 * Builds the submission from a loaded portfolio: the site (always), and on request one
 * self-contained HTML file, a PDF and a zip. Returns what it did as data; never prints or exits.
 * Throws a BuildError for a problem the user can fix, and the signal's reason when aborted.
 */
export async function buildSite(
  portfolio: Portfolio,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const { signal, onProgress } = options;
  const root = portfolio.root;
  const outDir = resolveOutDir(root, options.out, portfolio.config.ignore);
  await checkReplaceable(outDir);
  // Before any work: without a browser there is no PDF, and the user should know at once.
  const browser = options.pdf
    ? findBrowser({ chromePath: options.chromePath, programFolders: options.programFolders })
    : undefined;
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const assets = await assetsInside(root, portfolio.assets);
  const map = new SiteMap(createFileIndex({ ...portfolio, assets }), baseUrl);
  const skipped: SkippedLink[] = [];

  let rendered = 0;
  const pages = await renderPages(portfolio, map, skipped, (file) => {
    onProgress?.({ phase: 'pages', done: ++rendered, total: portfolio.sections.length, file });
  });
  signal?.throwIfAborted();
  const matrix = buildEvidenceMatrix(portfolio, map);

  const site: SiteIdentity = {
    candidate: portfolio.config.candidate,
    pathwayTitle: pathwayTitle(portfolio),
    homeHref: map.href(HOME_PAGE),
    style: { href: map.href(STYLESHEET_FILE) },
  };
  const navOf = (page: PageContent): NavEntry => {
    if (!page.section) return { href: map.href(page.file), title: page.title };
    const { code, title } = sectionLabel(page.section, portfolio.sections);
    return { href: map.href(page.file), code, title };
  };
  const sectionNav = pages.filter((p) => p.kind === 'section').map(navOf);
  const extraNav = pages.filter((p) => p.kind === 'extra').map(navOf);
  const matrixNav: NavEntry = { href: map.href(MATRIX_PAGE), title: 'Evidence matrix' };
  const order: { file: string; entry: NavEntry }[] = [
    { file: HOME_PAGE, entry: { href: map.href(HOME_PAGE), title: 'Home' } },
    ...pages.map((p) => ({ file: p.file, entry: navOf(p) })),
    { file: MATRIX_PAGE, entry: matrixNav },
  ];
  const navFor = (file: string) => order.map((o) => ({ ...o.entry, current: o.file === file }));
  const neighbours = (file: string) => {
    const i = order.findIndex((o) => o.file === file);
    return { previous: order[i - 1]?.entry, next: order[i + 1]?.entry };
  };

  const bodies = new Map<string, string>();
  const home = homeBody({
    portfolio,
    sections: sectionNav,
    extras: extraNav,
    matrixHref: matrixNav.href,
    evidenceCount: matrix.items.length,
  });
  const matrixBody = renderEvidenceMatrix(matrix, (page) => map.href(page));
  const documents = new Map<string, string>();
  documents.set(
    HOME_PAGE,
    pageLayout({
      heading: siteName(site),
      body: home,
      site,
      nav: navFor(HOME_PAGE),
      ...neighbours(HOME_PAGE),
    }),
  );
  for (const page of pages) {
    const body = toHtml(page.content);
    bodies.set(page.file, body);
    documents.set(
      page.file,
      pageLayout({
        heading: page.title,
        headingId: page.titleId,
        eyebrow: eyebrowFor(page),
        body,
        site,
        nav: navFor(page.file),
        ...neighbours(page.file),
      }),
    );
  }
  documents.set(
    MATRIX_PAGE,
    pageLayout({
      heading: 'Evidence matrix',
      body: matrixBody,
      site,
      nav: navFor(MATRIX_PAGE),
      wide: true,
      ...neighbours(MATRIX_PAGE),
    }),
  );

  const staging = await makeStaging(outDir);
  try {
    const css = await siteStyles();
    await writeFile(path.join(staging, STYLESHEET_FILE), css);
    for (const [file, html] of documents) await writeFile(path.join(staging, file), html);

    const copies = [...map.usedAssets.values()].sort((a, b) => (a.sitePath < b.sitePath ? -1 : 1));
    let copied = 0;
    if (!options.evidenceInPlace)
      await copyEvidence(root, staging, copies, {
        signal,
        onFile: (file) =>
          onProgress?.({ phase: 'evidence', done: ++copied, total: copies.length, file }),
      });

    const result: BuildResult = {
      outDir,
      pages: summarise(pages),
      files: [],
      siteBytes: 0,
      evidence: copies.map((c) => ({ source: c.asset.path, path: c.sitePath, size: c.asset.size })),
      skipped: dedupe(skipped),
      warnings: [],
    };

    const singlePages: SinglePage[] = [
      ...pages.map((p) => ({
        file: p.file,
        heading: p.title,
        headingId: p.titleId,
        code: navOf(p).code,
        navTitle: navOf(p).title,
        body: bodies.get(p.file) ?? '',
      })),
      {
        file: MATRIX_PAGE,
        heading: 'Evidence matrix',
        navTitle: 'Evidence matrix',
        body: matrixBody,
      },
    ];
    const combined = { root, site: { ...site, style: { css } }, baseUrl, assets: copies };

    if (options.singleFile) {
      const single = await renderSingleFile({ ...combined, home, pages: singlePages });
      result.warnings.push(...single.warnings);
      const size = Buffer.byteLength(single.html);
      const budget = sizeBudget(SINGLE_FILE, size, [{ path: SINGLE_FILE, size }], options.force);
      const written = budget.status !== 'refuse';
      if (written) await writeFile(path.join(staging, SINGLE_FILE), single.html);
      result.singleFile = { path: path.join(outDir, SINGLE_FILE), size, budget, written };
      const warning = budgetWarning(budget);
      if (warning) result.warnings.push(warning);
    }

    if (browser) {
      signal?.throwIfAborted();
      onProgress?.({ phase: 'pdf', done: 0, total: 1 });
      const { buildPdf } = await import('./pdf/build-pdf.js');
      const pdf = await buildPdf(
        { ...combined, home: homeIntro(portfolio), pages: singlePages },
        { executablePath: browser, folder: staging, signal },
      );
      result.pdf = {
        path: path.join(outDir, path.basename(pdf.path)),
        size: pdf.size,
        pages: pdf.pages,
        browser,
      };
      onProgress?.({ phase: 'pdf', done: 1, total: 1 });
    }

    signal?.throwIfAborted();
    result.files = await writeManifest(
      staging,
      {
        generator: options.generator ?? 'cmalt',
        candidate: portfolio.config.candidate,
        pathway: portfolio.config.pathway,
      },
      {
        signal,
        onFile: (file, done, total) => onProgress?.({ phase: 'manifest', done, total, file }),
      },
    );
    result.siteBytes = result.files.reduce((sum, f) => sum + f.size, 0);

    if (options.zip) {
      const zipPath = zipPathFor(outDir, portfolio.config.candidate);
      const folder = path.basename(zipPath, '.zip');
      const entries = (await listTree(staging)).map((f) => ({
        name: `${folder}/${f.path}`,
        absolutePath: f.absolutePath,
      }));
      let budget = sizeBudget(path.basename(zipPath), 0, [], options.force);
      const zip = await writeZip(zipPath, entries, {
        signal,
        onEntry: (file, done, total) => onProgress?.({ phase: 'zip', done, total, file }),
        accept: (size) => {
          budget = sizeBudget(path.basename(zipPath), size, result.files, options.force);
          return budget.status !== 'refuse';
        },
      });
      result.zip = { path: zipPath, ...zip, budget };
      const warning = budgetWarning(budget);
      if (warning) result.warnings.push(warning);
    }

    signal?.throwIfAborted();
    await publishSite(staging, outDir);
    return result;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Only files whose real path is inside the portfolio can be linked, embedded or copied. */
async function assetsInside(root: string, assets: AssetFile[]): Promise<AssetFile[]> {
  const checked = await Promise.all(
    assets.map(async (a) => ((await realFileInside(root, a.absolutePath)) ? a : undefined)),
  );
  return checked.filter((a): a is AssetFile => a !== undefined);
}

function eyebrowFor(page: PageContent): string | undefined {
  const area = /^([1-4])[ab]?$/.exec(page.section?.id ?? '')?.[1];
  if (area) return `Core area ${area}`;
  if (page.kind === 'extra') return 'Appendix';
  if (page.section && !page.section.assessed) return 'Not assessed';
  return undefined;
}

function summarise(pages: PageContent[]): PageSummary[] {
  return [
    { file: HOME_PAGE, title: 'Home', kind: 'home' },
    ...pages.map((p) => ({ file: p.file, title: p.title, kind: p.kind, section: p.section?.id })),
    { file: MATRIX_PAGE, title: 'Evidence matrix', kind: 'evidence' },
  ];
}

function dedupe(skipped: SkippedLink[]): SkippedLink[] {
  const seen = new Set<string>();
  return skipped
    .filter((s) => {
      const key = `${s.file}\0${s.line}\0${s.column}\0${s.url}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
    );
}
