import { count } from '../check/rules/support/content-format.js';
import type { Problem } from '../model/types.js';
import type { Comparison, SectionChange } from './compare.js';

export interface DraftInfo {
  candidate: string;
  pathway: string;
  /** The date the draft is made, YYYY-MM-DD. */
  today: string;
}

const PATHWAYS: Record<string, string> = {
  associate: 'Associate CMALT',
  cmalt: 'CMALT',
  senior: 'Senior CMALT',
};

/** Text from the portfolio or a rule's message on one line (messages already mark code with backticks). */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The same, safe inside a table cell. */
function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function place(p: Problem): string {
  if (!p.file) return p.section ? `in ${p.section}` : 'in the portfolio as a whole';
  // A line number means something only in a page; an evidence file is named alone.
  const where = /\.(?:md|markdown)$/i.test(p.file) ? `${p.file}:${p.line}` : p.file;
  return `${p.section ? `in ${p.section}, ` : ''}${where}`;
}

/** A summary needs the finding, not the detail that helped to fix it: its first sentence. */
function gist(message: string): string {
  return inline(message).replace(/(\.) [A-Z][\s\S]*$/, '$1');
}

function problemLine(p: Problem): string {
  return `- ${code(p.ruleId)} ${place(p)}: ${gist(p.message)}`;
}

function signed(n: number, sign: '+' | '−'): string {
  return n ? `${sign}${count(n)}` : '0';
}

function sectionName(s: SectionChange): string {
  return s.title && s.title !== s.id ? `${s.id} ${s.title}` : s.id;
}

function sectionDetail(s: SectionChange, fixed: Problem[], added: Problem[]): string[] {
  const lines = [`### ${inline(sectionName(s))}`, ''];
  if (s.change === 'added') lines.push(`- New section: ${count(s.wordsNow)} words.`);
  else if (s.change === 'removed')
    lines.push(`- Section removed (it had ${count(s.wordsThen)} words).`);
  else if (s.wordsAdded || s.wordsRemoved)
    lines.push(
      `- ${count(s.wordsThen)} → ${count(s.wordsNow)} words (about ${count(s.wordsAdded)} added and ${count(s.wordsRemoved)} removed).`,
    );
  else lines.push(`- The words are as they were (${count(s.wordsNow)}).`);
  for (const e of s.evidenceAdded) lines.push(`- Evidence added: ${code(e)}`);
  for (const e of s.evidenceRemoved) lines.push(`- Evidence removed: ${code(e)}`);
  for (const p of fixed) lines.push(`- Fixed: ${code(p.ruleId)}: ${gist(p.message)}`);
  for (const p of added) lines.push(`- New: ${code(p.ruleId)}: ${gist(p.message)}`);
  lines.push(
    '- What I changed in answer to the assessors, and why: _write this in your own words_',
    '',
  );
  return lines;
}

/**
 * The summary of changes a referred candidate sends with the resubmission, drafted from
 * what really changed. It is a starting point the candidate edits: it says what changed;
 * only they can say how it answers the assessors' feedback.
 */
export function changesDraft(comparison: Comparison, info: DraftInfo): string {
  const changed = comparison.sections.filter((s) => s.change !== 'unchanged');
  const unchanged = comparison.sections.filter((s) => s.change === 'unchanged');
  const fixed = comparison.fixed ?? [];
  const added = comparison.added ?? [];
  const pathway = PATHWAYS[info.pathway] ?? info.pathway;
  const out: string[] = [
    '# Summary of changes',
    '',
    '<!-- Drafted by cmalt status --changes. Rewrite it in your own words: for each point the',
    '     assessors raised, say what you changed, where, and why. Delete this comment when done. -->',
    '',
    `${info.candidate ? `${inline(info.candidate)}, ` : ''}${pathway} portfolio for resubmission, drafted on ${info.today}. Compared with the earlier version: ${inline(comparison.then.label)}.`,
    '',
    '## Sections changed',
    '',
  ];
  if (!changed.length) out.push('No section has changed.', '');
  else {
    out.push(
      '| section | words then | words now | words added | words removed | evidence added | evidence removed |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const s of changed)
      out.push(
        `| ${cell(sectionName(s))}${s.change === 'added' ? ' (new)' : s.change === 'removed' ? ' (removed)' : ''} | ${count(s.wordsThen)} | ${count(s.wordsNow)} | ${signed(s.wordsAdded, '+')} | ${signed(s.wordsRemoved, '−')} | ${s.evidenceAdded.length} | ${s.evidenceRemoved.length} |`,
      );
    out.push('');
  }
  if (unchanged.length) out.push(`Unchanged: ${unchanged.map((s) => s.id).join(', ')}.`, '');

  if (changed.length) {
    out.push('## What changed in each section', '');
    for (const s of changed)
      out.push(
        ...sectionDetail(
          s,
          fixed.filter((p) => p.section === s.id),
          added.filter((p) => p.section === s.id),
        ),
      );
  }

  if (comparison.fixed === undefined) {
    out.push(
      '## Problems fixed',
      '',
      `The earlier version is a built site (${inline(comparison.then.label)}), which holds no Markdown to check, so cmalt cannot say which problems were fixed. Compare with a git commit or a zip of the portfolio folder for that.`,
      '',
    );
  } else {
    out.push('## Problems fixed', '');
    out.push(...(fixed.length ? fixed.map(problemLine) : ['None found by `cmalt check`.']), '');
    out.push('## Problems new since then', '');
    out.push(
      ...(added.length ? added.map(problemLine) : ['None: `cmalt check` finds nothing new.']),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
