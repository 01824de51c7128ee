import type { Problem } from '../model/types.js';
import type { SectionSnapshot, VersionSnapshot } from './snapshot.js';

export interface SectionChange {
  id: string;
  title: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  wordsThen: number;
  wordsNow: number;
  /** Words that appear more often now than then, and less often: edits, not only the net change. */
  wordsAdded: number;
  wordsRemoved: number;
  /** Problems in the section then (undefined when the earlier version could not be checked). */
  problemsThen?: number;
  problemsNow: number;
  evidenceAdded: string[];
  evidenceRemoved: string[];
}

export interface Comparison {
  then: { label: string; kind: VersionSnapshot['kind'] };
  now: { label: string; kind: VersionSnapshot['kind'] };
  sections: SectionChange[];
  /** Problems there then and gone now (undefined when the earlier version could not be checked). */
  fixed?: Problem[];
  /** Problems there now that were not there then (undefined as for `fixed`). */
  added?: Problem[];
}

/** A page of the portfolio rather than a piece of evidence: Markdown, or a page at a site's root. */
const PAGE = /\.(?:md|markdown)(?:#|$)|^[^/]+\.html?(?:#|$)/i;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function tally(paragraphs: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of paragraphs)
    for (const [word] of text.toLowerCase().matchAll(WORD))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function wordDiff(then: readonly string[], now: readonly string[]) {
  const before = tally(then);
  const after = tally(now);
  let added = 0;
  let removed = 0;
  for (const [word, n] of after) added += Math.max(0, n - (before.get(word) ?? 0));
  for (const [word, n] of before) removed += Math.max(0, n - (after.get(word) ?? 0));
  return { added, removed };
}

/**
 * A problem is the same one in both versions when the rule, the section, the file and the
 * message match with numbers set aside: a line number or a word count moves with every edit,
 * but a broken link to `evidence/survey.pdf` stays the same problem until it is fixed.
 */
export function problemKey(p: Problem): string {
  return [p.ruleId, p.section ?? '', p.file, p.message.replace(/\d[\d,.]*/g, '#')].join('\0');
}

function difference(a: readonly Problem[], b: readonly Problem[]): Problem[] {
  const left = new Map<string, number>();
  for (const p of b) left.set(problemKey(p), (left.get(problemKey(p)) ?? 0) + 1);
  return a.filter((p) => {
    const key = problemKey(p);
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      return false;
    }
    return true;
  });
}

function sectionChange(
  id: string,
  then: SectionSnapshot | undefined,
  now: SectionSnapshot | undefined,
  earlier: VersionSnapshot,
  later: VersionSnapshot,
): SectionChange {
  const { added, removed } = wordDiff(then?.paragraphs ?? [], now?.paragraphs ?? []);
  // A built site renames its pages and rewrites links between them: compare only the evidence
  // files themselves, and the words rather than the exact text of each paragraph.
  const site = earlier.kind === 'site' || later.kind === 'site';
  const kept = (list: readonly string[]) => (site ? list.filter((e) => !PAGE.test(e)) : list);
  const evidenceThen = new Set(kept(then?.evidence ?? []));
  const evidenceNow = new Set(kept(now?.evidence ?? []));
  const count = (problems: readonly Problem[] | undefined) =>
    problems?.filter((p) => p.section === id).length;
  const sameText = site
    ? added === 0 && removed === 0
    : then?.paragraphs.length === now?.paragraphs.length &&
      (then?.paragraphs ?? []).every((text, i) => text === now?.paragraphs[i]);
  const same =
    then &&
    now &&
    sameText &&
    evidenceThen.size === evidenceNow.size &&
    [...evidenceThen].every((e) => evidenceNow.has(e));
  return {
    id,
    title: (now ?? then)?.title ?? id,
    change: !then ? 'added' : !now ? 'removed' : same ? 'unchanged' : 'changed',
    wordsThen: then?.words ?? 0,
    wordsNow: now?.words ?? 0,
    wordsAdded: added,
    wordsRemoved: removed,
    problemsThen: count(earlier.problems),
    problemsNow: count(later.problems) ?? 0,
    evidenceAdded: [...evidenceNow].filter((e) => !evidenceThen.has(e)),
    evidenceRemoved: [...evidenceThen].filter((e) => !evidenceNow.has(e)),
  };
}

/** What changed between two versions, section by section, in the later version's order. */
export function compareVersions(earlier: VersionSnapshot, later: VersionSnapshot): Comparison {
  const thenById = new Map(earlier.sections.map((s) => [s.id, s]));
  const nowById = new Map(later.sections.map((s) => [s.id, s]));
  const ids = [
    ...later.sections.map((s) => s.id),
    ...earlier.sections.map((s) => s.id).filter((id) => !nowById.has(id)),
  ];
  const sections = [...new Set(ids)].map((id) =>
    sectionChange(id, thenById.get(id), nowById.get(id), earlier, later),
  );
  const checked = earlier.problems !== undefined && later.problems !== undefined;
  return {
    then: { label: earlier.label, kind: earlier.kind },
    now: { label: later.label, kind: later.kind },
    sections,
    fixed: checked ? difference(earlier.problems ?? [], later.problems ?? []) : undefined,
    added: checked ? difference(later.problems ?? [], earlier.problems ?? []) : undefined,
  };
}
