import type { Paragraph, Part, Portfolio, Section } from '../model/types.js';
import {
  classifyParagraph,
  type Classification,
  type ParagraphLabel,
} from './classify-paragraph.js';

/**
 * A paragraph's function is read from its first 20,000 characters (about 3,000 words, ten
 * times a long real paragraph). Hostile or broken input (a megabyte of quotation marks, an
 * unclosed tag swallowing a page) must not make `check` crawl, and the opening of a wall of
 * text says what it does as well as the whole.
 */
export const READ_AT_MOST = 20_000;

/** How one paragraph of a section reads, with where it sits. */
export interface Reading extends Classification {
  paragraph: Paragraph;
  section: Section;
  /** The part the paragraph sits in (by heading), so rules can compare place and function. */
  part: Part;
}

/** How any prose paragraph of the portfolio reads; outside every section it has none. */
export interface AnyReading extends Classification {
  paragraph: Paragraph;
  section?: Section;
  part?: Part;
}

export interface PortfolioReadings {
  /**
   * Every prose paragraph of the portfolio, file by file in the portfolio's order: assessed
   * or not (contextual statement, future plans), in lists and blockquotes, and outside any
   * section (an appendix page, an area's introduction).
   */
  all: readonly AnyReading[];
  /** The readings of each section's paragraphs, by section id. */
  bySection: ReadonlyMap<string, readonly Reading[]>;
}

/**
 * A paragraph is classified the first time anything asks what it does, and only then: the
 * rules ask about Reflection parts and criteria without headings, so in a portfolio with
 * headings most Description and Evidence paragraphs are never classified at all.
 */
class LazyReading implements AnyReading {
  #classification: Classification | undefined;

  constructor(
    readonly paragraph: Paragraph,
    readonly section?: Section,
    readonly part?: Part,
  ) {}

  #read(): Classification {
    this.#classification ??= classifyParagraph((this.paragraph.text ?? '').slice(0, READ_AT_MOST));
    return this.#classification;
  }

  get label(): ParagraphLabel {
    return this.#read().label;
  }

  get confidence(): number {
    return this.#read().confidence;
  }

  get cues(): string[] {
    return this.#read().cues;
  }

  get reflectionShare(): number {
    return this.#read().reflectionShare;
  }

  get sentences(): Classification['sentences'] {
    return this.#read().sentences;
  }
}

// Several rules and the --explain reporters all read the same paragraphs; each is classified
// at most once per portfolio however many of them are switched on. Keyed weakly, so a cohort
// check frees each portfolio's readings with the portfolio.
const cache = new WeakMap<Portfolio, PortfolioReadings>();

/** A paragraph with at least one word is prose; one that is only an image or a rule is not. */
function isProse(paragraph: Paragraph): boolean {
  return paragraph.words > 0;
}

function read(portfolio: Portfolio): PortfolioReadings {
  const placed = new Map<Paragraph, LazyReading>();
  const bySection = new Map<string, Reading[]>();
  for (const section of portfolio.sections) {
    const own: Reading[] = [];
    for (const part of section.parts ?? [])
      for (const paragraph of part.paragraphs ?? []) {
        const reading = new LazyReading(paragraph, section, part) as Reading;
        own.push(reading);
        placed.set(paragraph, reading as LazyReading);
      }
    bySection.set(section.id, own);
  }
  const all: AnyReading[] = [];
  for (const file of portfolio.files)
    for (const paragraph of file.paragraphs) {
      if (!isProse(paragraph)) continue;
      all.push(placed.get(paragraph) ?? new LazyReading(paragraph));
    }
  return { all, bySection };
}

/** The readings of the portfolio's assessed sections, made once and remembered. */
export function readingsOf(portfolio: Portfolio): PortfolioReadings {
  let readings = cache.get(portfolio);
  if (!readings) {
    readings = read(portfolio);
    cache.set(portfolio, readings);
  }
  return readings;
}

/** The readings of one section's paragraphs. */
export function readingsIn(portfolio: Portfolio, section: Section): readonly Reading[] {
  return readingsOf(portfolio).bySection.get(section.id) ?? [];
}
