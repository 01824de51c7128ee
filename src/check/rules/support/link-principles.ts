import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { templatesDir } from '../../../util/paths.js';

const principlesSchema = z.object({
  principles: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      cues: z.array(z.string().min(1)).min(1),
    }),
  ),
});

export interface Principle {
  id: string;
  name: string;
  cues: string[];
  /** The first cue a text shows, or undefined when it shows none. */
  find(text: string): string | undefined;
}

let cached: Principle[] | undefined;

/** The four core principles and their cue phrases, from templates/principles.yml. */
export function loadPrinciples(): Principle[] {
  if (cached) return cached;
  const file = path.join(templatesDir, 'principles.yml');
  const result = principlesSchema.safeParse(parse(readFileSync(file, 'utf8')));
  // The file ships with the package: a failure here is a bug in cmalt, not in the portfolio.
  if (!result.success)
    throw new Error(`templates/principles.yml is invalid: ${result.error.message}`);
  cached = result.data.principles.map((p) => {
    // "A + B": every part must appear in the same paragraph.
    const cues = p.cues.map((cue) => ({ cue, parts: cue.split(/\s+\+\s+/).map(simplify) }));
    return {
      ...p,
      find: (text: string) => {
        const plain = simplify(text);
        return cues.find((c) => c.parts.every((part) => startsAWord(plain, part)))?.cue;
      },
    };
  });
  return cached;
}

/** Lower case with single spaces, so cues match whatever spacing and capitals the text uses. */
function simplify(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `phrase` occurs in `text` at the start of a word. A plain substring search: a regular
 * expression with a look-behind per cue was the slowest part of checking a portfolio.
 */
function startsAWord(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1] ?? '')) return true;
  }
  return false;
}
