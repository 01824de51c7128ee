import { execFile } from 'node:child_process';
import { StatusError } from './status-error.js';

export interface GitResult {
  stdout: Buffer;
  stderr: string;
}

export class GitFailed extends Error {
  constructor(
    readonly args: string[],
    readonly stderr: string,
    readonly exitCode: number | undefined,
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim()}`);
    this.name = 'GitFailed';
  }
}

/**
 * Runs git with arguments (never through a shell, so nothing in a ref or a path is
 * interpreted), optionally feeding it `input`. A missing git is the user's to fix.
 */
export function git(
  cwd: string,
  args: string[],
  options: { input?: string; maxBuffer?: number } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
        // A terminal prompt or a pager would hang a command that only reads history.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const err = String(stderr ?? '');
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT')
            reject(
              new StatusError(
                'git is not installed (or not on your PATH), so cmalt cannot read earlier versions',
                'Install git from https://git-scm.com, or compare with a zip of the earlier version: --since earlier.zip',
              ),
            );
          else reject(new GitFailed(args, err, typeof code === 'number' ? code : undefined));
          return;
        }
        resolve({ stdout, stderr: err });
      },
    );
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input ?? '');
  });
}
