import path from 'node:path';
import { applyPlan } from '../../init/apply-plan.js';
import { planGithubWorkflow, WORKFLOW_FILE } from '../../init/plan-github.js';
import { planReview, planScaffold } from '../../init/plan-scaffold.js';
import { folderInRepository } from '../../init/repository-root.js';
import type { PlannedFile, ScaffoldOptions } from '../../init/scaffold-options.js';
import { loadPortfolio } from '../../model/load-portfolio.js';
import { loadOutline } from '../../outline/load-outline.js';
import type { PathwayId } from '../../outline/schema.js';
import { painter, useColour } from '../colour.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { UserError } from '../user-error.js';
import { version } from '../version.js';

export interface InitCommandOptions {
  name?: string;
  pathway?: PathwayId;
  specialist?: string[];
  advanced?: string[];
  assessor?: string;
  registered?: string;
  review?: boolean;
  github?: boolean;
  dryRun?: boolean;
  yes?: boolean;
}

export async function initCommand(
  dir: string,
  options: InitCommandOptions,
  io: Io,
): Promise<number> {
  const root = path.resolve(io.cwd, dir);
  const outline = loadOutline();
  const paint = painter(useColour(io));
  if (options.registered && !/^\d{4}-\d{2}-\d{2}$/.test(options.registered)) {
    throw new UserError(
      `--registered needs a date in the form YYYY-MM-DD, not "${options.registered}"`,
      'For example: --registered 2026-03-14',
    );
  }

  const existing = await loadPortfolio(root);
  const hasConfig = Boolean(existing.configFile);
  const configProblem = existing.problems.find((p) => p.ruleId === 'config' && p.fatal);
  if (configProblem && (options.review || hasConfig)) {
    throw new UserError(
      `${path.join(dir, configProblem.file)}:${configProblem.line}: ${configProblem.message}`,
      configProblem.hint,
    );
  }

  let plan: PlannedFile[];
  if (options.review) {
    if (!hasConfig) {
      throw new UserError(
        `there is no cmalt.yml in ${dir}, so there is no portfolio to add a review to`,
        'Run `cmalt init --review` inside your existing portfolio folder, or create the portfolio first with `cmalt init`.',
      );
    }
    plan = planReview(outline, { ...fromConfig(existing.config), ...given(options) });
  } else {
    const scaffold = await scaffoldOptions(
      options,
      io,
      outline,
      hasConfig ? fromConfig(existing.config) : undefined,
    );
    plan = planScaffold(outline, scaffold);
  }
  if (options.github)
    plan.push(planGithubWorkflow({ version: version(), folder: folderInRepository(root) }));

  // Sections the portfolio already holds in files of its own are not scaffolded a second time.
  const covered = new Map<string, string>();
  for (const section of existing.sections) {
    const planned = plan.find((f) => sectionIdOf(f) === section.id);
    if (planned && planned.path !== section.file)
      covered.set(planned.path, `section ${section.id} is already in ${section.file}`);
  }

  const result = await applyPlan(root, plan, { dryRun: options.dryRun, alreadyCovered: covered });
  const relative = path.relative(io.cwd, root);
  const shown = relative.startsWith('..') ? root : relative || '.';
  const out: string[] = [];
  const verb = options.dryRun ? 'would create' : 'created';
  if (options.dryRun)
    out.push(paint.bold(`Dry run: nothing was written. In ${shown}, cmalt init would:`));
  for (const file of result.created) {
    const purpose = plan.find((f) => f.path === file)?.purpose;
    out.push(`  ${paint.green('+')} ${verb} ${file}${purpose ? paint.dim(`  ${purpose}`) : ''}`);
  }
  for (const skipped of result.skipped)
    out.push(
      `  ${paint.dim('=')} kept ${skipped.path} ${paint.dim(`(${skipped.reason}, left as it is)`)}`,
    );
  if (!result.created.length)
    out.push(
      options.dryRun
        ? '  nothing to add: every file is already there.'
        : `Nothing to add: ${shown} already has every file.`,
    );
  const workflow = result.created.find((f) => f.endsWith(WORKFLOW_FILE));
  const written = result.created.filter((f) => f !== workflow);
  if (!options.dryRun && written.length)
    out.push('', ...nextSteps(shown, options.review === true, written));
  if (!options.dryRun && workflow) out.push('', ...githubSteps(workflow, written.length > 0));
  io.stdout.write(out.join('\n') + '\n');
  return EXIT.ok;
}

function sectionIdOf(file: PlannedFile): string | undefined {
  return /^section: (.+)$/m.exec(file.content)?.[1]?.trim();
}

function given(options: InitCommandOptions): Partial<ScaffoldOptions> {
  const out: Partial<ScaffoldOptions> = {};
  if (options.name !== undefined) out.candidate = options.name.trim();
  if (options.pathway) out.pathway = options.pathway;
  if (options.specialist) out.specialist = options.specialist;
  if (options.advanced) out.advanced = options.advanced;
  if (options.assessor) out.assessor = options.assessor;
  if (options.registered) out.registered = options.registered;
  return out;
}

function fromConfig(config: Awaited<ReturnType<typeof loadPortfolio>>['config']): ScaffoldOptions {
  return {
    candidate: config.candidate,
    pathway: config.pathway,
    specialist: config.specialist,
    advanced: config.advanced,
    assessor: config.assessor?.name,
    registered: config.registered,
  };
}

async function scaffoldOptions(
  options: InitCommandOptions,
  io: Io,
  outline: ReturnType<typeof loadOutline>,
  current?: ScaffoldOptions,
): Promise<ScaffoldOptions> {
  const known = { ...current, ...given(options) };
  if (!options.yes && io.interactive) {
    const { askScaffoldOptions } = await import('../prompts.js');
    return askScaffoldOptions(outline, known);
  }
  if (!known.candidate) {
    throw new UserError(
      'cmalt init needs your name',
      'Give it with --name, for example: cmalt init my-portfolio --yes --name "Lin Okafor"',
    );
  }
  return {
    candidate: known.candidate,
    pathway: known.pathway ?? 'cmalt',
    specialist: known.specialist ?? [],
    advanced: known.advanced ?? [],
    assessor: known.assessor,
    registered: known.registered,
  };
}

function nextSteps(shown: string, review: boolean, created: string[]): string[] {
  const first = review
    ? (created.find((f) => f.startsWith('review/summary')) ?? created[0])
    : created.includes('contextual-statement.md')
      ? 'contextual-statement.md'
      : created[0];
  const cd = shown === '.' ? '' : `cd ${shown.includes(' ') ? JSON.stringify(shown) : shown} && `;
  return [
    'Next steps:',
    `  1. Open ${path.join(shown, first ?? 'cmalt.yml')} and start writing. Each file opens with guidance in an HTML comment.`,
    '  2. Put evidence files in evidence/ (read evidence/README.md first).',
    `  3. Check your progress at any time: ${cd}npx cmalt check`,
  ];
}

function githubSteps(workflow: string, afterOthers: boolean): string[] {
  return [
    afterOthers ? 'To publish on GitHub Pages:' : 'Next steps, to publish on GitHub Pages:',
    `  1. Commit ${workflow} with the portfolio and push it to GitHub.`,
    '  2. On GitHub, in the repository: Settings → Pages → Build and deployment → Source: GitHub Actions.',
    '  3. Every push is then checked, and the default branch is published (Actions tab, then the github-pages link).',
  ];
}
