import { readFileSync } from 'node:fs';
import path from 'node:path';
import { templatesDir } from '../util/paths.js';
import type { PlannedFile } from './scaffold-options.js';

export const WORKFLOW_FILE = '.github/workflows/cmalt.yml';

export interface GithubOptions {
  /** The cmalt version the workflow installs: the one that wrote it. */
  version: string;
  /** The portfolio folder inside the repository, with forward slashes; '' at its root. */
  folder: string;
}

/**
 * The GitHub Actions workflow that checks the portfolio on every push and pull request and
 * publishes it to GitHub Pages from the default branch. GitHub reads workflows only from the
 * repository's root, so for a portfolio in a subfolder the file lands above the portfolio and
 * its commands run in the subfolder.
 */
export function planGithubWorkflow(options: GithubOptions): PlannedFile {
  const folder = options.folder.replace(/\/+$/, '');
  const content = readFileSync(path.join(templatesDir, 'scaffold', 'github-workflow.yml'), 'utf8')
    .replaceAll('CMALT_VERSION', options.version)
    .replace('PORTFOLIO_FOLDER', yamlScalar(folder || '.'))
    .replace('SITE_FOLDER', yamlScalar(folder ? `${folder}/dist` : 'dist'));
  const up = folder ? folder.split('/').map(() => '..') : [];
  return {
    path: [...up, WORKFLOW_FILE].join('/'),
    content,
    purpose: folder
      ? `checks on every push, publishes to GitHub Pages (from the repository root, for ${folder}/)`
      : 'checks on every push, publishes to GitHub Pages',
  };
}

/** A plain word as it is; anything else (spaces, colons, quotes) as a double-quoted string. */
function yamlScalar(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : JSON.stringify(value);
}
