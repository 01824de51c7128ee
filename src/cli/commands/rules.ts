import { allRules, ruleById } from '../../check/rules/index.js';
import { painter, useColour } from '../colour.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { UserError } from '../user-error.js';

export async function rulesCommand(id: string | undefined, io: Io): Promise<number> {
  const paint = painter(useColour(io));
  if (!id) {
    const width = Math.max(...allRules.map((r) => r.id.length));
    let category = '';
    for (const rule of allRules) {
      if (rule.category !== category) {
        category = rule.category;
        io.stdout.write(`\n${paint.bold(category)}\n`);
      }
      io.stdout.write(
        `  ${rule.id.padEnd(width)}  ${paint.dim(rule.severity.padEnd(7))}  ${rule.summary}\n`,
      );
    }
    io.stdout.write(`\nRun \`cmalt rules <id>\` for why a rule matters and an example.\n`);
    return EXIT.ok;
  }
  const rule = ruleById(id);
  if (!rule)
    throw new UserError(`there is no rule called "${id}"`, 'Run `cmalt rules` to list them.');
  const options = Object.entries(rule.defaults);
  io.stdout.write(
    [
      `${paint.bold(rule.id)}  (${rule.category}, ${rule.severity}${rule.heuristic ? ', heuristic' : ''})`,
      rule.summary,
      '',
      `Why: ${rule.docs.why}`,
      '',
      `Fails:  ${rule.docs.bad}`,
      `Passes: ${rule.docs.good}`,
      '',
      options.length
        ? `Options (set in cmalt.yml):\n  rules:\n    ${rule.id}: { severity: ${rule.severity}${options.map(([k, v]) => `, ${k}: ${JSON.stringify(v)}`).join('')} }`
        : `Set in cmalt.yml:\n  rules:\n    ${rule.id}: off   # or info, warning, error`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
