import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { templatesDir } from '../../../util/paths.js';

/** A word of a text, with where it sits, so a match can be quoted as the candidate wrote it. */
export interface Token {
  word: string;
  /** Capitalised or a number, as names of laws, tools and standards are. */
  name: boolean;
  start: number;
  end: number;
}

export const SHINGLE = 6;
const NAME_WORDS = 4;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index ?? 0;
    tokens.push({
      word: match[0].toLowerCase(),
      name: /^[\p{Lu}\p{N}]/u.test(match[0]),
      start,
      end: start + match[0].length,
    });
  }
  return tokens;
}

function shingleAt(words: string[], i: number): string {
  return words.slice(i, i + SHINGLE).join(' ');
}

export interface GuidanceText {
  /** Every 6-word shingle of cmalt's guidance files, with the file it came from. */
  shingles: Map<string, string>;
  /** Every word of those shingles: a run of text with a word outside it cannot match one. */
  vocabulary: Set<string>;
  /** ALT's guidance phrases, each as a list of words. */
  phrases: string[][];
  /** The phrases' positions in `phrases`, by their first word. */
  phrasesByFirstWord: Map<string, number[]>;
}

let cached: GuidanceText | undefined;

/** Reads templates/guidance/*.md and templates/leftovers/guidance-phrases.yml once per run. */
export function loadGuidanceText(): GuidanceText {
  if (cached) return cached;
  const shingles = new Map<string, string>();
  const vocabulary = new Set<string>();
  const folder = path.join(templatesDir, 'guidance');
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const text = readFileSync(path.join(folder, name), 'utf8')
      // Quoted and code examples show what candidates may write ("click here", `covers:`), not guidance.
      .replace(/"[^"]*"|“[^”]*”|`[^`]*`/g, '\n\n');
    // Each bullet is a thought of its own: shingles do not run across them.
    for (const block of text.split(/\n\s*(?:[-*]\s+|\n)/)) {
      const tokens = tokenise(block);
      const words = tokens.map((t) => t.word);
      for (let i = 0; i + SHINGLE <= tokens.length; i++) {
        // A run that is mostly names ("the Copyright, Designs and Patents Act") is not guidance wording.
        const names = tokens.slice(i, i + SHINGLE).filter((t) => t.name).length;
        if (names >= NAME_WORDS) continue;
        const key = shingleAt(words, i);
        if (shingles.has(key)) continue;
        shingles.set(key, name.replace(/\.md$/, ''));
        for (const word of words.slice(i, i + SHINGLE)) vocabulary.add(word);
      }
    }
  }
  const data = parse(
    readFileSync(path.join(templatesDir, 'leftovers', 'guidance-phrases.yml'), 'utf8'),
  ) as { phrases?: unknown };
  const phrases = (Array.isArray(data?.phrases) ? data.phrases : [])
    .filter((p): p is string => typeof p === 'string')
    .map((p) => tokenise(p).map((t) => t.word))
    .filter((words) => words.length > 0);
  const phrasesByFirstWord = new Map<string, number[]>();
  for (const [index, words] of phrases.entries()) {
    const first = words[0]!;
    phrasesByFirstWord.set(first, [...(phrasesByFirstWord.get(first) ?? []), index]);
  }
  cached = { shingles, vocabulary, phrases, phrasesByFirstWord };
  return cached;
}

export interface GuidanceMatch {
  /** The candidate's words that match, as written. */
  text: string;
  /** Where the match came from: an ALT phrase, or cmalt's guidance for a section. */
  source: { kind: 'phrase' } | { kind: 'guidance'; file: string };
  /** Shingles shared with the guidance, and the paragraph's total (0 for phrases). */
  shared: number;
  total: number;
}

/** ALT's guidance voice in a paragraph, or a run of words copied from cmalt's guidance files. */
export function findGuidance(
  text: string,
  guidance: GuidanceText,
  thresholds: { minShared: number; minShare: number },
): GuidanceMatch | undefined {
  const tokens = tokenise(text);
  const words = tokens.map((t) => t.word);
  const phrase = firstPhrase(words, guidance);
  if (phrase) {
    const first = tokens[phrase.at]!;
    // Quote on to the end of the sentence, so the candidate can find the passage.
    const rest = text.slice(first.start);
    const sentence = /^[^]*?[.!?:](?=\s|$)/.exec(rest)?.[0] ?? rest;
    return {
      text: sentence,
      source: { kind: 'phrase' },
      shared: 0,
      total: 0,
    };
  }

  const total = Math.max(0, tokens.length - SHINGLE + 1);
  if (!total) return undefined;
  const hits: number[] = [];
  // Only a run of SHINGLE words all in the guidance's vocabulary is looked up.
  let known = 0;
  for (let end = 0; end < words.length; end++) {
    known = guidance.vocabulary.has(words[end]!) ? known + 1 : 0;
    const i = end - SHINGLE + 1;
    if (known >= SHINGLE && guidance.shingles.has(shingleAt(words, i))) hits.push(i);
  }
  if (hits.length < thresholds.minShared && hits.length / total < thresholds.minShare)
    return undefined;
  if (!hits.length) return undefined;
  const run = longestRun(hits);
  const first = tokens[run.from];
  const last = tokens[run.to + SHINGLE - 1];
  if (!first || !last) return undefined;
  return {
    text: text.slice(first.start, last.end),
    source: { kind: 'guidance', file: guidance.shingles.get(shingleAt(words, run.from)) ?? '' },
    shared: hits.length,
    total,
  };
}

/**
 * The phrase listed first in guidance-phrases.yml that the words contain, at its first place:
 * one pass over the words, trying only the phrases that start with each word.
 */
function firstPhrase(words: string[], guidance: GuidanceText): { at: number } | undefined {
  let best: { index: number; at: number } | undefined;
  for (let at = 0; at < words.length; at++) {
    for (const index of guidance.phrasesByFirstWord.get(words[at]!) ?? []) {
      if (best && best.index <= index) break;
      const phrase = guidance.phrases[index]!;
      if (phrase.every((word, j) => words[at + j] === word)) best = { index, at };
    }
  }
  return best;
}

/** The longest stretch of consecutive shingle positions: the passage to quote. */
function longestRun(hits: number[]): { from: number; to: number } {
  let best = { from: hits[0] ?? 0, to: hits[0] ?? 0 };
  let from = hits[0] ?? 0;
  for (let k = 1; k <= hits.length; k++) {
    const previous = hits[k - 1] ?? 0;
    const current = hits[k];
    if (current === previous + 1) continue;
    if (previous - from > best.to - best.from) best = { from, to: previous };
    if (current !== undefined) from = current;
  }
  return best;
}
