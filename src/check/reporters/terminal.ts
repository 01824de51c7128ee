import type { ChalkInstance } from 'chalk';
import { painter } from '../../util/colour.js';
import type { Problem, Section } from '../../model/types.js';
import type { CheckResult } from '../check-portfolio.js';
import { readParagraphs } from './paragraph-readings.js';
import { rootPath } from './paths.js';
import type { ReportContext, Reporter } from './reporter.js';
import { formatExplain } from './terminal-explain.js';
import { formatProblems } from './terminal-problems.js';
import { formatSectionTable } from './terminal-table.js';
import { plural, truncate, width } from './text.js';

const LINE_WIDTH = 100;

/**
 * The report a candidate reads: problems grouped by section in portfolio order, a table of each
 * section's balance, and one total line. Plain text with no escape codes when colour is off.
 */
export const formatTerminal: Reporter = (result, context) => {
  const c = painter(context.colour);
  if (result.fatal) return formatFatal(result, context, c);
  const heading = (section: Section) => sectionHeading(section, c);
  const blocks = [
    ...problemGroups(result, context, c),
    ...(context.explain
      ? formatExplain(context.portfolio.sections, readParagraphs(context.portfolio), heading, c)
      : []),
    formatSectionTable(result.sections, c).join('\n'),
    totalLine(result, c),
  ].filter(Boolean);
  return `${blocks.join('\n\n')}\n`;
};

/** Problems about the whole portfolio (or a section that is missing) first, then each section's. */
function problemGroups(result: CheckResult, context: ReportContext, c: ChalkInstance): string[] {
  const { sections } = context.portfolio;
  const present = new Set(sections.map((s) => s.id));
  const groups: string[] = [];
  const add = (title: string, problems: Problem[]) => {
    if (problems.length)
      groups.push([title, ...formatProblems(problems, context.displayRoot, c)].join('\n'));
  };
  add(
    c.bold('Portfolio'),
    result.problems.filter((p) => !p.section || !present.has(p.section)),
  );
  for (const section of sections)
    add(
      sectionHeading(section, c),
      result.problems.filter((p) => p.section === section.id),
    );
  return groups;
}

/** `1a  An understanding of the constraints…  (1a.md)`, the title cut to keep the line short. */
function sectionHeading(section: Section, c: ChalkInstance): string {
  const file = `  (${section.file})`;
  const room = LINE_WIDTH - width(section.id) - 2 - width(file);
  return `${c.bold(section.id)}  ${c.bold(truncate(section.title, Math.max(12, room)))}${c.dim(file)}`;
}

function totalLine(result: CheckResult, c: ChalkInstance): string {
  const { errors, warnings, infos, files, sections } = result.totals;
  const where = `in ${plural(files, 'file')} (${plural(sections, 'section')})`;
  if (!errors && !warnings && !infos) return c.green(`✔ No problems ${where}`);
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'note')} ${where}`;
  if (errors) return c.red.bold(`✖ ${counts}`);
  if (warnings) return c.yellow.bold(`⚠ ${counts}`);
  return c.green(`✔ ${counts}`);
}

/** When the portfolio could not be read at all, say only that, and what to do. */
function formatFatal(result: CheckResult, context: ReportContext, c: ChalkInstance): string {
  const fatal = result.problems.filter((p) => p.fatal);
  return `${[
    c.red.bold(`✖ cmalt could not check ${rootPath(context.displayRoot)}`),
    ...formatProblems(fatal, context.displayRoot, c),
  ].join('\n')}\n`;
}
