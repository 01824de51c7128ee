import type { RootContent } from 'mdast';
import type { Problem, SourceFile } from '../model/types.js';

/** A stretch of lines in one file where some rules (or all, when `rules` is empty) are silenced. */
interface Silence {
  rules: string[];
  from: number;
  to: number;
}

const CONTROL = /^\s*cmalt-(disable-next-line|disable|enable|ignore-next)\b([^]*)$/;

/**
 * Reads control comments, in the style of remark-lint and markdownlint:
 * `<!-- cmalt-disable rule-id -->` ... `<!-- cmalt-enable rule-id -->`,
 * `<!-- cmalt-disable-next-line rule-id -->` and `<!-- cmalt-ignore-next rule-id -->` (the next block).
 * Without rule ids they apply to every rule.
 */
export function readControls(file: SourceFile): Silence[] {
  const silences: Silence[] = [];
  const open = new Map<string, number>();
  const blocks = file.tree.children;
  for (const comment of file.comments) {
    const match = CONTROL.exec(comment.text);
    if (!match) continue;
    const verb = match[1];
    const rules = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const keys = rules.length ? rules : ['*'];
    if (verb === 'disable') {
      for (const key of keys) if (!open.has(key)) open.set(key, comment.line);
    } else if (verb === 'enable') {
      const closing = rules.length ? rules : [...open.keys()];
      for (const key of closing) {
        const from = open.get(key);
        if (from === undefined) continue;
        silences.push({ rules: key === '*' ? [] : [key], from, to: comment.line });
        open.delete(key);
      }
    } else if (verb === 'disable-next-line') {
      silences.push({ rules, from: comment.endLine + 1, to: comment.endLine + 1 });
    } else {
      const next = nextBlock(blocks, comment.endLine);
      if (next) silences.push({ rules, from: next.start, to: next.end });
    }
  }
  for (const [key, from] of open)
    silences.push({ rules: key === '*' ? [] : [key], from, to: Number.POSITIVE_INFINITY });
  return silences;
}

function nextBlock(
  blocks: RootContent[],
  afterLine: number,
): { start: number; end: number } | undefined {
  for (const block of blocks) {
    const start = block.position?.start.line ?? 0;
    if (start > afterLine) return { start, end: block.position?.end.line ?? start };
  }
  return undefined;
}

export function createSilencer(files: SourceFile[]): (problem: Problem) => boolean {
  const byFile = new Map<string, Silence[]>();
  for (const file of files) {
    const silences = readControls(file);
    if (silences.length) byFile.set(file.path, silences);
  }
  return (problem) => {
    const silences = byFile.get(problem.file);
    if (!silences) return false;
    return silences.some(
      (s) =>
        problem.line >= s.from &&
        problem.line <= s.to &&
        (s.rules.length === 0 || s.rules.includes(problem.ruleId)),
    );
  };
}
