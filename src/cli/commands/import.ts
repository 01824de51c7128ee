import path from 'node:path';
import { applyImportPlan, type ImportWriteResult } from '../../import/apply-import-plan.js';
import { ImportError } from '../../import/import-error.js';
import { planImport } from '../../import/plan-import.js';
import type { ImportPlan } from '../../import/types.js';
import { painter, useColour } from '../colour.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { UserError } from '../user-error.js';

export interface ImportCommandOptions {
  format?: 'terminal' | 'json';
  restructure?: boolean;
  dryRun?: boolean;
}

/** `cmalt import`: read a portfolio written elsewhere and write it as cmalt's own layout. */
export async function importCommand(
  source: string,
  dir: string,
  options: ImportCommandOptions,
  io: Io,
): Promise<number> {
  const from = path.resolve(io.cwd, source);
  const root = path.resolve(io.cwd, dir);
  let plan: ImportPlan;
  try {
    plan = await planImport({ source: from, restructure: options.restructure, shownAs: source });
  } catch (error) {
    if (error instanceof ImportError) throw new UserError(error.message, error.hint);
    throw error;
  }
  const result = plan.leftAsIs
    ? { created: [], kept: [] }
    : await applyImportPlan(root, plan, { dryRun: options.dryRun });
  const shown = path.relative(io.cwd, root) || '.';
  if (options.format === 'json') {
    io.stdout.write(
      JSON.stringify(
        {
          ...plan,
          files: plan.files.map((f) => ({ path: f.path, purpose: f.purpose })),
          target: shown,
          dryRun: Boolean(options.dryRun),
          created: result.created,
          kept: result.kept,
        },
        null,
        2,
      ) + '\n',
    );
    return EXIT.ok;
  }
  io.stdout.write(terminalReport(plan, result, shown, Boolean(options.dryRun), useColour(io)));
  return EXIT.ok;
}

function terminalReport(
  plan: ImportPlan,
  result: ImportWriteResult,
  shown: string,
  dryRun: boolean,
  colour: boolean,
): string {
  const c = painter(colour);
  const n = (value: number) => value.toLocaleString('en-GB');
  const out: string[] = [];
  if (plan.leftAsIs) {
    out.push(
      `${plan.source} is a Markdown portfolio that cmalt already reads as it is (${plan.sections.length} sections found), so nothing was written.`,
      `  Check it where it is:        cmalt check ${plan.source}`,
      `  Or split it into one file per section, as \`cmalt init\` lays them out:`,
      `                               cmalt import ${plan.source} <new folder> --restructure`,
    );
    return out.join('\n') + '\n';
  }
  out.push(
    c.bold(
      `Imported ${plan.source} (${plan.kind}) ${dryRun ? 'as a dry run: nothing was written' : `into ${shown}`}`,
    ),
  );
  out.push('', c.bold('Sections'));
  const width = Math.max(7, ...plan.sections.map((s) => s.id.length));
  out.push(
    `  ${'section'.padEnd(width)}  ${'read'.padStart(6)}  ${'written'.padStart(7)}  file            from`,
  );
  for (const s of plan.sections) {
    const mark = s.wordsRead === s.wordsWritten ? '' : c.yellow('  ≠');
    out.push(
      `  ${s.id.padEnd(width)}  ${n(s.wordsRead).padStart(6)}  ${n(s.wordsWritten).padStart(7)}  ${s.file.padEnd(14)}  ${s.from[0] ?? ''}${mark}`,
    );
  }
  if (plan.dropped.length) {
    out.push('', c.bold('Left out on purpose (page furniture, not your portfolio)'));
    for (const d of plan.dropped) {
      const words = d.words ? `${n(d.words)} words` : 'no visible words';
      out.push(
        `  - ${d.what} at ${d.where}, ${words}${d.excerpt ? c.dim(`: "${d.excerpt}"`) : ''}`,
      );
    }
  }
  if (plan.notices.length) {
    out.push('', c.bold('Notes from reading the source'));
    for (const notice of plan.notices)
      out.push(
        `  - ${notice.where ? `${notice.where}: ` : ''}${notice.message}${notice.words ? ` (${n(notice.words)} words)` : ''}`,
      );
  }
  if (plan.unplaced.length) {
    out.push('', c.bold(`Not placed in a section: written to unplaced.md`));
    for (const u of plan.unplaced)
      out.push(`  - ${u.where}, ${n(u.words)} words: "${u.heading ?? u.excerpt}"`);
    out.push(
      c.dim('    → Move each piece into the section it belongs to, or, for a heading of your own,'),
      c.dim(
        "      add it under `map:` in cmalt.yml, e.g. map: { 'My teaching': 2a }, and move the text.",
      ),
    );
  }
  if (plan.evidence.length) {
    const files = plan.evidence.length === 1 ? '1 file' : `${plan.evidence.length} files`;
    out.push('', `${c.bold('Evidence copied')} into evidence/: ${files}`);
  }
  if (plan.missing.length) {
    out.push('', c.bold('Links to files that are not in the source folder (left as they were)'));
    for (const m of plan.missing) out.push(`  - ${m.where}: ${m.url}`);
  }
  if (plan.config.length) {
    out.push('', c.bold('cmalt.yml: guesses to check'));
    for (const g of plan.config) out.push(`  - ${g.key}: ${g.value}  ${c.dim(`(${g.from})`)}`);
  }
  const t = plan.totals;
  const balanced = t.read === t.written + t.dropped;
  out.push(
    '',
    `Words: ${n(t.read)} read = ${n(t.written)} written + ${n(t.dropped)} left out${balanced ? ` ${c.green('✔')}` : ` ${c.yellow(`(${n(t.read - t.written - t.dropped)} unaccounted for)`)}`}` +
      (t.added ? c.dim(`  (cmalt added ${n(t.added)} words of titles)`) : ''),
  );
  out.push('');
  const verb = dryRun ? 'would create' : 'created';
  for (const file of result.created) {
    const purpose = plan.files.find((f) => f.path === file)?.purpose;
    out.push(`  ${c.green('+')} ${verb} ${file}${purpose ? c.dim(`  ${purpose}`) : ''}`);
  }
  for (const file of result.kept)
    out.push(`  ${c.dim('=')} kept ${file} ${c.dim('(already exists, left as it is)')}`);
  if (!dryRun && result.created.length)
    out.push(
      '',
      'Next steps:',
      `  1. Check the guesses in ${path.posix.join(shown, 'cmalt.yml')}.`,
      `  2. cmalt check ${shown}`,
    );
  return out.join('\n') + '\n';
}
