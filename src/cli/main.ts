import { Command, CommanderError, Option } from 'commander';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { systemErrorAsUserError } from './system-error.js';
import { UserError } from './user-error.js';
import { version } from './version.js';

/**
 * Turns argv into a command call and returns the exit code. Commands are imported only when
 * they run, so `cmalt --help` and `cmalt --version` stay fast.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('cmalt')
    .description('Scaffold, check and build a CMALT portfolio kept as Markdown files.')
    .version(version(), '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run `cmalt --help` to see the commands and options)');

  program
    .command('init')
    .description('create a portfolio for your pathway, or add the 3-yearly review to one')
    .argument('[dir]', 'folder for the portfolio', '.')
    .option('--name <name>', 'your name as it should appear on the portfolio')
    .addOption(
      new Option('--pathway <pathway>', 'the pathway you registered for').choices([
        'associate',
        'cmalt',
        'senior',
      ]),
    )
    .option('--specialist <title...>', 'specialist area title(s)')
    .option('--advanced <title...>', 'advanced area title(s) (Senior)')
    .option('--assessor <name>', 'nominated assessor (optional)')
    .option('--registered <date>', 'registration date, YYYY-MM-DD')
    .option('--review', 'add the 3-yearly review to an existing portfolio')
    .option('--github', 'add a GitHub Actions workflow that checks and publishes to GitHub Pages')
    .option('--dry-run', 'show what would be written, and write nothing')
    .option('-y, --yes', 'take defaults for anything not given; never ask')
    .action(async (dir: string, options) => {
      const { initCommand } = await import('./commands/init.js');
      exitCode = await initCommand(dir, options, io);
    });

  program
    .command('check')
    .description('check a portfolio (or several: a cohort) for what assessors would refer it for')
    .argument('[dirs...]', 'the portfolio folder(s)')
    .addOption(
      new Option('-f, --format <format>', 'report format')
        .choices(['terminal', 'json', 'sarif', 'github'])
        .default('terminal'),
    )
    .option(
      '--max-warnings <n>',
      'fail (exit 1) when there are more warnings than this',
      parseCount,
    )
    .option(
      '--explain',
      'show how each paragraph was read: description, reflection, evidence or other',
    )
    .option('-q, --quiet', 'report errors only')
    .action(async (dirs: string[], options) => {
      const { checkCommand } = await import('./commands/check.js');
      exitCode = await checkCommand(dirs, options, io);
    });

  program
    .command('build')
    .description('build the submission: an accessible HTML site, a single file, a PDF or a zip')
    .argument('[dir]', 'the portfolio folder', '.')
    .option('-o, --out <dir>', 'where to write the site', 'dist')
    .option('--html', 'build the HTML site (the default)')
    .option('--zip', 'also write a zip of the site and evidence')
    .option('--single-file', 'write one self-contained HTML file')
    .option('--pdf', 'also print the whole portfolio to one PDF (needs Chrome or Chromium)')
    .option('--base-url <path>', 'sub-path the site is published under, e.g. /cmalt/')
    .option('--force', 'build even when check finds errors, or the zip is over 25 MB')
    .action(async (dir: string, options) => {
      const { buildCommand } = await import('./commands/build.js');
      exitCode = await buildCommand(dir, options, io);
    });

  program
    .command('status')
    .description('show progress per criterion, what to do next and the dates that matter')
    .argument('[dir]', 'the portfolio folder', '.')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['terminal', 'json'])
        .default('terminal'),
    )
    .option(
      '--since <version>',
      'compare with an earlier version: a git commit, branch, tag or date (YYYY-MM-DD), or a zip',
    )
    .option('--changes', 'with --since: draft the summary of changes for a resubmission (Markdown)')
    .option('-o, --out <file>', 'with --changes: write the draft to this new file')
    .option('--today <date>', 'count days from this date instead of today (YYYY-MM-DD)')
    .action(async (dir: string, options) => {
      const { statusCommand } = await import('./commands/status.js');
      exitCode = await statusCommand(dir, options, io);
    });

  program
    .command('import')
    .description(
      'bring in a portfolio written elsewhere: a saved web page or site folder, a Word document, Markdown',
    )
    .argument(
      '<source>',
      'the saved page, the exported site folder, the document or the Markdown folder',
    )
    .argument('[dir]', 'folder for the imported portfolio', '.')
    .addOption(
      new Option('-f, --format <format>', 'report format')
        .choices(['terminal', 'json'])
        .default('terminal'),
    )
    .option('--restructure', 'split a Markdown portfolio into one file per section')
    .option('--dry-run', 'show what would be written, and write nothing')
    .action(async (source: string, dir: string, options) => {
      const { importCommand } = await import('./commands/import.js');
      exitCode = await importCommand(source, dir, options, io);
    });

  program
    .command('serve')
    .description(
      'preview the site while you write: rebuilds on every save, with check beside the text',
    )
    .argument('[dir]', 'the portfolio folder', '.')
    .option('-p, --port <port>', 'port to serve on (default: a free one)')
    .action(async (dir: string, options) => {
      const { serveCommand } = await import('./commands/serve.js');
      exitCode = await serveCommand(dir, options, io);
    });

  program
    .command('rules')
    .description('list the checks, or explain one')
    .argument('[id]', 'a rule id, e.g. reflection-share')
    .action(async (id: string | undefined) => {
      const { rulesCommand } = await import('./commands/rules.js');
      exitCode = await rulesCommand(id, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end the same way as a bad flag; only the latter is a failure.
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    return reportError(error, io);
  }
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UserError(
      `--max-warnings needs a whole number, not "${value}"`,
      'For example: --max-warnings 0',
    );
  return n;
}

export function reportError(thrown: unknown, io: Io): number {
  const error = systemErrorAsUserError(thrown) ?? thrown;
  if (error instanceof UserError) {
    io.stderr.write(`cmalt: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
    return EXIT.failure;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(
    `cmalt: something went wrong inside cmalt. This is a bug, not a problem with your portfolio.\n` +
      `Please report it with the text below.\n\n${detail}\n`,
  );
  return EXIT.failure;
}
