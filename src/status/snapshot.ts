import type { CheckResult } from '../check/check-portfolio.js';
import { targetKey } from '../model/link-target.js';
import { resolveLink } from '../model/links/resolve-link.js';
import type { Portfolio, Problem } from '../model/types.js';

/** One section of one version of the portfolio, as much as a comparison needs. */
export interface SectionSnapshot {
  id: string;
  title: string;
  words: number;
  /** Paragraph texts in order, to tell an edited section from an untouched one. */
  paragraphs: string[];
  /** Evidence the section cites, one key per target (portfolio-relative path, or the web address). */
  evidence: string[];
}

/** One version of the portfolio: now, a commit, or an earlier zip. */
export interface VersionSnapshot {
  /** How the version is named to the candidate: "commit 3f2a1c9 (2026-05-02)", "now". */
  label: string;
  /** `sources` when the Markdown was checked; `site` when only a built site was there to read. */
  kind: 'sources' | 'site';
  sections: SectionSnapshot[];
  /** The check's problems; undefined for a built site, which cannot be checked. */
  problems?: Problem[];
}

function evidenceKey(portfolio: Portfolio, link: { url: string; file: string }): string {
  const resolved = resolveLink(portfolio, link);
  if (resolved.kind === 'found' || resolved.kind === 'case')
    return 'anchor' in resolved && resolved.anchor
      ? `${resolved.path}#${resolved.anchor}`
      : resolved.path;
  return targetKey(link.url);
}

/** A checked portfolio as a snapshot. */
export function snapshotOf(
  portfolio: Portfolio,
  result: CheckResult,
  label: string,
): VersionSnapshot {
  // A link to another criterion's page is a cross-reference, not evidence (an appendix is).
  const sectionFiles = new Set(portfolio.sections.map((s) => s.file));
  const isEvidence = (key: string) => !sectionFiles.has(key.split('#')[0] ?? key);
  return {
    label,
    kind: 'sources',
    sections: portfolio.sections.map((section) => ({
      id: section.id,
      title: section.title,
      words: section.words,
      paragraphs: section.parts.flatMap((part) => part.paragraphs.map((p) => p.text)),
      evidence: [...new Set(section.evidence.map((link) => evidenceKey(portfolio, link)))]
        .filter(isEvidence)
        .sort(),
    })),
    problems: result.problems,
  };
}
