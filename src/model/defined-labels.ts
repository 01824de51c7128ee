import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Nodes, Parent, Root } from 'mdast';
import type { Construct, Extension, State, TokenizeContext } from 'micromark-util-types';

/**
 * The labels of a page's reference definitions (`[label]: address`) and footnotes
 * (`[^label]: text`), as micromark checks `[text][label]` and `[^label]` against them.
 *
 * micromark keeps them in plain lists and looks each link up by walking its list: on a page
 * with 20,000 definitions and 100,000 links that walk took 14 seconds. Here the lookup is a
 * set. A page read in pieces also needs the labels defined in the other pieces: `known` holds
 * those, found beforehand.
 */
export class DefinedLabels {
  readonly found = new Set<string>();

  constructor(readonly known: ReadonlySet<string> = new Set()) {}

  /** What micromark calls on its list when it reads a definition. */
  push(identifier: string): number {
    this.found.add(identifier);
    return this.found.size;
  }

  /** What micromark calls on its list when it reads a reference. */
  includes(identifier: string): boolean {
    return this.found.has(identifier) || this.known.has(identifier);
  }
}

export interface PageLabels {
  definitions: DefinedLabels;
  footnotes: DefinedLabels;
}

let current: PageLabels = newPageLabels();

export function newPageLabels(known?: Labels): PageLabels {
  return {
    definitions: new DefinedLabels(known?.definitions),
    footnotes: new DefinedLabels(known?.footnotes),
  };
}

/** Read `parse` with `labels` as the page's labels. Parsing is synchronous, so one at a time. */
export function withPageLabels<T>(labels: PageLabels, parse: () => T): T {
  const before = current;
  current = labels;
  try {
    return parse();
  } finally {
    current = before;
  }
}

interface ParserLabels {
  defined: unknown;
  gfmFootnotes?: unknown;
}

/**
 * Hands micromark the current labels in place of its lists. It is tried at the start of every
 * line and container, does that and always declines, so it reads nothing. A construct that
 * took micromark's list before it ran (a footnote on the first line) keeps the list, so the
 * list itself is made to pass what it is given and asked on to the labels.
 */
function tokenize(this: TokenizeContext, _effects: unknown, _ok: State, nok: State): State {
  const parser = this.parser as unknown as ParserLabels;
  if (parser.defined !== current.definitions) {
    parser.defined = handOverList(parser.defined as string[], current.definitions);
    parser.gfmFootnotes = handOverList(
      parser.gfmFootnotes as string[] | undefined,
      current.footnotes,
    );
  }
  return nok;
}

function handOverList(list: string[] | undefined, labels: DefinedLabels): DefinedLabels {
  if (!list) return labels;
  for (const identifier of list) labels.push(identifier);
  list.push = (...identifiers: string[]) => {
    for (const identifier of identifiers) labels.push(identifier);
    return labels.found.size;
  };
  list.includes = (identifier: string) => labels.includes(identifier);
  return labels;
}

const handOver: Construct = { name: 'cmaltDefinedLabels', tokenize: tokenize as never };

/** The micromark extension that puts `DefinedLabels` in place. */
export const definedLabelsSyntax: Extension = { document: { null: [handOver] } };

// Each run of spaces can be read one way only, so no line makes the search backtrack.
const DEFINITION =
  /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*\[((?:[^[\]\\]|\\.){1,999})\]:/gm;

/**
 * Labels a page seems to define, from the lines that look like definitions; normalised as
 * micromark normalises them. A guess, to be checked against `labelsDefinedIn` the pieces' trees.
 */
export function guessLabels(text: string): Labels {
  const definitions = new Set<string>();
  const footnotes = new Set<string>();
  for (const [, label] of text.matchAll(DEFINITION)) {
    if (label!.startsWith('^')) footnotes.add(normalizeIdentifier(label!.slice(1)));
    else definitions.add(normalizeIdentifier(label!));
  }
  return { definitions, footnotes };
}

export interface Labels {
  definitions: Set<string>;
  footnotes: Set<string>;
}

/** The nodes a definition can sit in: no other holds one, so their insides are not walked. */
const HOLDS_DEFINITIONS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * The labels the trees really define, normalised as micromark normalises them. A walk of only
 * the nodes that can hold a definition: on a page of 100,000 links a full visit took a quarter
 * of a second.
 */
export function labelsDefinedIn(trees: readonly Root[]): Labels {
  const labels: Labels = { definitions: new Set(), footnotes: new Set() };
  const walk = (parent: Parent) => {
    for (const node of parent.children as Nodes[]) {
      if (node.type === 'definition' || node.type === 'footnoteDefinition') {
        if (node.label)
          (node.type === 'definition' ? labels.definitions : labels.footnotes).add(
            normalizeIdentifier(node.label),
          );
      }
      if (HOLDS_DEFINITIONS.has(node.type)) walk(node as Parent);
    }
  };
  for (const tree of trees) walk(tree);
  return labels;
}

export function sameLabels(a: Labels, b: Labels): boolean {
  const same = (x: ReadonlySet<string>, y: ReadonlySet<string>) =>
    x.size === y.size && [...x].every((label) => y.has(label));
  return same(a.definitions, b.definitions) && same(a.footnotes, b.footnotes);
}
