import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Portfolio, SourceFile } from '../../model/types.js';
import { defineRule } from '../rule.js';
import {
  findPersonalData,
  mask,
  type PersonalKind,
  type PersonalMatch,
} from './support/link-personal.js';
import { sectionAt } from './support/link-places.js';
import { siteInfo } from '../../model/links/resolve-link.js';
import { sourceLine } from './support/link-source.js';

interface Place {
  text: string;
  line: number;
  column: number;
  endLine: number;
  section?: string;
}

const WHAT: Record<PersonalKind, string> = {
  email: 'an e-mail address',
  phone: 'a phone number',
  'student-id': 'what looks like a student number',
};

export const personalData = defineRule({
  id: 'personal-data',
  category: 'privacy',
  summary: 'No e-mail addresses, phone numbers or student numbers of other people',
  severity: 'warning',
  heuristic: true,
  defaults: {},
  docs: {
    why: "A portfolio is read by assessors and is often published; other people's contact details and student numbers are personal data, and ALT expects evidence to be anonymised or shared with permission. Values are partly masked in the report so it can be shared.",
    bad: 'Feedback from Jo Smith (j.smith@example.ac.uk, student s1234567).',
    good: 'Feedback from a second-year student (shared with permission, details removed).',
  },
  check({ portfolio, report }) {
    const known = knownAddresses(portfolio);
    for (const file of portfolio.files) {
      const seen = new Set<string>();
      for (const place of placesIn(portfolio, file)) {
        for (const match of findPersonalData(place.text)) {
          const at = locate(file, place, match);
          const key = `${at.line}\0${match.value.toLowerCase()}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const whose = match.kind === 'email' ? known(match.value) : undefined;
          report({
            file: file.path,
            ...at,
            section: place.section,
            severity: whose ? 'info' : undefined,
            message: whose
              ? `${whose} e-mail address (${mask(match)}) appears in the portfolio; fine if you mean to share it`
              : `${WHAT[match.kind]} (${mask(match)}) appears in the portfolio; it may be someone's personal data`,
            hint: whose
              ? 'A published portfolio is public: give a work address rather than a personal one, or leave it out of the pages.'
              : 'Remove it or replace it with a role ("a second-year student"); if the person agreed to be named, add <!-- cmalt-disable-next-line personal-data --> above the line.',
          });
        }
      }
    }
  },
});

/** Every run of text a reader sees: paragraphs, headings, link texts and addresses, table cells. */
function placesIn(portfolio: Portfolio, file: SourceFile): Place[] {
  const places: Place[] = file.paragraphs.map((p) => ({
    text: p.text,
    line: p.line,
    column: p.column,
    endLine: p.endLine,
    section: p.section,
  }));
  const at = (line: number) => sectionAt(portfolio, file.path, line);
  for (const h of file.headings)
    places.push({
      text: h.text,
      line: h.line,
      column: h.column,
      endLine: h.line,
      section: at(h.line),
    });
  for (const link of file.links) {
    if (link.kind !== 'link') continue;
    const address = /^mailto:/i.test(link.url)
      ? ` ${link.url.replace(/^mailto:/i, '').split('?')[0]}`
      : '';
    places.push({
      text: `${link.text}${address}`,
      line: link.line,
      column: link.column,
      endLine: link.line,
      section: link.section,
    });
  }
  const visit = (node: Nodes) => {
    if (node.type === 'tableCell' && node.position) {
      const { line, column } = node.position.start;
      places.push({
        text: toString(node),
        line,
        column,
        endLine: node.position.end.line,
        section: at(line),
      });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(file.tree);
  return places;
}

/** The exact line and column of a match, found again in the text as written. */
function locate(
  file: SourceFile,
  place: Place,
  match: PersonalMatch,
): { line: number; column: number } {
  for (let line = place.line; line <= place.endLine; line++) {
    const from = line === place.line ? Math.max(place.column - 1, 0) : 0;
    const index = sourceLine(file, line).indexOf(match.value, from);
    if (index >= 0) return { line, column: index + 1 };
  }
  return { line: place.line, column: place.column };
}

/** Addresses cmalt knows: the candidate's own, and the nominated assessor's from cmalt.yml. */
function knownAddresses(
  portfolio: Portfolio,
): (email: string) => 'your own' | "your nominated assessor's" | undefined {
  const site = siteInfo(portfolio);
  const assessor = portfolio.config.assessor?.email?.toLowerCase();
  const names = `${portfolio.config.candidate} ${site.author}`
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((n) => n.length >= 3);
  return (email) => {
    const lower = email.toLowerCase();
    if (assessor && lower === assessor) return "your nominated assessor's";
    const local = lower.split('@')[0] ?? '';
    if (lower === site.email.toLowerCase() || names.some((n) => local.includes(n)))
      return 'your own';
    return undefined;
  };
}
