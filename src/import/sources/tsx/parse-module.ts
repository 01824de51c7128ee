import { createRequire } from 'node:module';
import type * as t from '@babel/types';
import { SourceError } from '../source-error.js';

type BabelParse = (text: string, options: object) => t.File;
let babelParse: BabelParse | undefined;

/**
 * Parses a page without running it. The parser is loaded on first use, through require so it
 * stays synchronous, and only when a site is imported: other commands never pay for it.
 */
export function parseModule(text: string, file: string): t.Program {
  babelParse ??= (createRequire(import.meta.url)('@babel/parser') as { parse: BabelParse }).parse;
  const typescript = !/\.jsx?$|\.mjs$/.test(file);
  try {
    return babelParse(text, {
      sourceType: 'module',
      allowReturnOutsideFunction: true,
      errorRecovery: false,
      plugins: [
        'jsx',
        ...(typescript ? (['typescript'] as const) : []),
        'decorators-legacy',
        'importAttributes',
      ],
    }).program;
  } catch (error) {
    const { loc, message } = error as { loc?: { line: number; column: number }; message: string };
    const where = loc ? `${file}:${loc.line}:${loc.column + 1}` : file;
    throw new SourceError(
      where,
      `could not be read as JavaScript/TypeScript (${message.replace(/\s*\(\d+:\d+\)$/, '')}).`,
      'Check that the site builds (for example with `npm run build`) and fix the line named here.',
    );
  }
}
