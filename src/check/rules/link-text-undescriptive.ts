import type { Link, Portfolio, SourceFile } from '../../model/types.js';
import { targetKind } from '../../model/link-target.js';
import { defineRule, type Report } from '../rule.js';
import { blockTextAt, perLine } from './support/link-places.js';
import { quoteUrl } from './support/link-source.js';

/** Link texts that say nothing out of context; screen reader users often list links on their own. */
const VAGUE = new Set([
  'click here',
  'click',
  'click this link',
  'click here to view',
  'click here to read',
  'here',
  'see here',
  'go here',
  'link',
  'link here',
  'this link',
  'the link',
  'read more',
  'more',
  'more info',
  'more information',
  'find out more',
  'learn more',
  'this',
  'website',
  'this website',
  'this page',
  'this document',
]);

/** A reference list entry: the address is part of the citation, so a bare URL is expected there. */
const CITATION =
  /\bavailable (?:at|from)\b|\bretrieved (?:from|on)\b|\baccessed\b|\[online\]|\bdoi\b|\(\d{4}[a-z]?\)/i;

export const linkTextUndescriptive = defineRule({
  id: 'link-text-undescriptive',
  category: 'accessibility',
  summary: 'Link text says where the link goes ("click here" and bare addresses do not)',
  severity: 'warning',
  defaults: {},
  docs: {
    why: 'Screen reader users often jump from link to link, hearing only the link text; "click here" or a long address read letter by letter tells them nothing. Assessors list undescriptive links among accessibility problems.',
    bad: 'The survey results are [here](evidence/survey.pdf). Slides: https://www.slideshare.net/x/y-123',
    good: 'See the [survey results (PDF)](evidence/survey.pdf) and the [slides from my ALT-C talk](https://www.slideshare.net/x/y-123).',
  },
  check({ portfolio, report }) {
    for (const file of portfolio.files) {
      for (const link of file.links) {
        if (link.kind !== 'link') continue;
        const problem = textProblem(portfolio, link);
        if (problem)
          report({
            file: link.file,
            line: link.line,
            column: link.column,
            section: link.section,
            ...problem,
          });
      }
    }
  },
});

function textProblem(
  portfolio: Portfolio,
  link: Link,
): Pick<Report, 'message' | 'hint' | 'severity'> | undefined {
  const text = normalise(link.text);
  if (VAGUE.has(text))
    return {
      message: `link text "${link.text.trim()}" does not say where the link goes`,
      hint: 'Make the link text name its target, e.g. [survey results (PDF)](...) instead of [click here](...).',
    };
  if (!link.bare || targetKind(link.url) !== 'web') return undefined;
  const file = portfolio.files.find((f) => f.path === link.file);
  const reference =
    link.part === 'references' || (file !== undefined && isCitationLine(file, link.line));
  return {
    severity: reference ? 'info' : undefined,
    message: reference
      ? `the address \`${quoteUrl(link.url)}\` is its own link text in a reference; screen readers read it out character by character`
      : `the address \`${quoteUrl(link.url)}\` is its own link text; screen readers read it out character by character`,
    hint: reference
      ? 'In a reference list this is acceptable; you may also link the title instead, e.g. [Course formats](https://...).'
      : 'Link a few words that say what it is instead, e.g. [the slides from my ALT-C talk](https://...).',
  };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“‘([]+|[\s"'”’)\].,:;!?»>-]+$/g, '');
}

/** Whether the block holding a line reads as a reference list entry (cached per line). */
const isCitationLine = perLine((file: SourceFile, line: number) =>
  CITATION.test(blockTextAt(file, line)),
);
