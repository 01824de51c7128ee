import { existsSync } from 'node:fs';
import path from 'node:path';
import { BuildError } from '../build-error.js';

export interface FindBrowserOptions {
  /** The browser the user named (the CLI passes `CHROME_PATH`); used alone when given. */
  chromePath?: string;
  platform?: NodeJS.Platform;
  /** Windows' program folders, from the environment; the usual ones when not given. */
  programFolders?: string[];
  exists?: (file: string) => boolean;
}

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

const MACOS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

const WINDOWS = [
  path.win32.join('Google', 'Chrome', 'Application', 'chrome.exe'),
  path.win32.join('Microsoft', 'Edge', 'Application', 'msedge.exe'),
  path.win32.join('Chromium', 'Application', 'chrome.exe'),
];

const WINDOWS_FOLDERS = ['C:\\Program Files', 'C:\\Program Files (x86)'];

/** Where Chrome, Chromium or Edge is usually installed on this kind of system, in that order. */
export function usualBrowserPaths(
  platform: NodeJS.Platform,
  programFolders: string[] = WINDOWS_FOLDERS,
): string[] {
  if (platform === 'darwin') return MACOS;
  if (platform === 'win32')
    return programFolders.flatMap((folder) => WINDOWS.map((p) => path.win32.join(folder, p)));
  return LINUX;
}

/**
 * The Chrome or Chromium that prints the PDF: the one named by `chromePath`, else the first
 * found on the usual paths. cmalt never downloads a browser, so without one it says what to
 * install.
 */
export function findBrowser(options: FindBrowserOptions = {}): string {
  const exists = options.exists ?? existsSync;
  if (options.chromePath) {
    if (exists(options.chromePath)) return options.chromePath;
    throw new BuildError(
      `CHROME_PATH is set to ${options.chromePath}, but there is no file there to print the PDF with`,
      'Set CHROME_PATH to the full path of the Chrome or Chromium program, or unset it to use an installed one.',
    );
  }
  const candidates = usualBrowserPaths(
    options.platform ?? process.platform,
    options.programFolders,
  );
  const found = candidates.find((p) => exists(p));
  if (found) return found;
  throw new BuildError(
    'No Chrome or Chromium found to print the PDF.',
    "Install Google Chrome or Chromium (on Debian/Ubuntu: sudo apt-get install chromium), or set CHROME_PATH to the browser's program.",
  );
}
