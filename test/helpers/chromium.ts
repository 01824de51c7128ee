import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { BROWSER_ARGS } from '../../src/build/pdf/print-pdf.js';

/** Where Debian's chromium package puts the browser (`apt-get install chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/** Browser tests run where Chromium is installed, and always under CI, where its absence fails them. */
export const runsInBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);

/** Says once, for a test file, that its browser tests are skipped and how to run them. */
export function warnIfSkipped(what: string): void {
  if (!runsInBrowser)
    console.warn(
      `Chromium not found at ${CHROMIUM}: ${what} skipped. Install it with apt-get install chromium`,
    );
}

/** Fails a browser test under CI when Chromium is missing, instead of passing without running. */
export function requireChromium(what: string): void {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}; CI must run the ${what}. Install it with apt-get install chromium`,
    );
}

/** Chromium started as cmalt itself starts it to print a PDF. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
}
