import { pathwayById } from '../../outline/load-outline.js';
import type { Coverage as Requirement } from '../../outline/schema.js';
import type { Portfolio, Section } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { quoteList } from './support/content-format.js';
import {
  declaredCoverage,
  detectCoverage,
  type Coverage,
} from './support/content-coverage-terms.js';
import { sectionPlace } from './support/content-sections.js';

/** The 2016 single core area 3: a law, plus a second law or a policy. */
const LEGACY_ID = '3';

export const coreArea3Coverage = defineRule({
  id: 'core-area-3-coverage',
  category: 'structure',
  heuristic: true,
  summary: 'Core area 3 covers a law (3a) and a policy or second law (3b), as the pathway asks',
  severity: 'warning',
  defaults: {},
  docs: {
    why: 'Assessors refer 3a without a named law and 3b without a policy or standard (Senior CMALT requires a policy area in 3b). cmalt reads what you list under `covers:` in the front matter, or else looks for named laws and policies in the text.',
    bad: '---\nsection: 3b\n---\n# 3b Policies and standards\n\nI always make sure my work follows the rules...',
    good: '---\nsection: 3b\ncovers:\n  policies: [University accessibility policy, WCAG 2.2]\n---\n# 3b Policies and standards\n\nWhen the University adopted its accessibility policy in 2024, I...',
  },
  check({ portfolio, report }) {
    const pathway = pathwayById(portfolio.outline, portfolio.config.pathway);
    for (const section of portfolio.sections) {
      if (section.words === 0) continue;
      const rule = section.id === LEGACY_ID ? undefined : pathway.coverage[section.id];
      if (section.id !== LEGACY_ID && !rule) continue;
      const declared = declaredCoverage(section.data);
      const coverage = declared ?? detectCoverage(textOf(section));
      const missing = rule ? shortfall(rule, coverage) : legacyShortfall(coverage);
      if (!missing) continue;
      const found = [
        coverage.laws.length ? `laws ${quoteList(coverage.laws)}` : 'no laws',
        coverage.policies.length
          ? `policies or standards ${quoteList(coverage.policies)}`
          : 'no policies or standards',
      ].join(' and ');
      const name = section.id === LEGACY_ID ? 'core area 3' : section.id;
      report({
        ...sectionPlace(section),
        section: section.id,
        message: declared
          ? `${name} should cover ${missing} for ${pathway.title}, but its covers: front matter lists ${found}`
          : `${name} should cover ${missing} for ${pathway.title}, but cmalt detected ${found} in its text (nothing declared under covers:)`,
        hint: hintFor(portfolio, section, Boolean(declared)),
      });
    }
  },
});

function textOf(section: Section): string {
  return section.parts
    .flatMap((p) => p.paragraphs.map((para) => para.text))
    .concat(section.parts.flatMap((p) => (p.heading ? [p.heading.text] : [])))
    .join('\n');
}

/** What the section still needs, in words, or undefined when the requirement is met. */
function shortfall(rule: Requirement, coverage: Coverage): string | undefined {
  const laws = coverage.laws.length;
  const policies = coverage.policies.length;
  if (rule.laws && laws < rule.laws)
    return rule.laws === 1 ? 'a named law' : `${rule.laws} named laws`;
  if (rule.policies && policies < rule.policies) return 'a policy or standard';
  if (rule.lawsOrPolicies && laws + policies < rule.lawsOrPolicies)
    return 'a second law or a policy or standard';
  return undefined;
}

function legacyShortfall(coverage: Coverage): string | undefined {
  const laws = coverage.laws.length;
  if (!laws) return 'a named law, plus a second law or a policy or standard';
  if (laws < 2 && !coverage.policies.length) return 'a second law or a policy or standard';
  return undefined;
}

function hintFor(portfolio: Portfolio, section: Section, declared: boolean): string {
  const ownFile = portfolio.sections.filter((s) => s.file === section.file).length === 1;
  const example =
    section.id === '3b'
      ? 'covers: { policies: [University accessibility policy] }'
      : 'covers: { laws: [UK GDPR], policies: [Institutional data protection policy] }';
  if (declared)
    return `Add what the section covers to \`covers:\` in the front matter of ${section.file}, e.g. \`${example}\`, and say in the text what each changed in your practice.`;
  return ownFile
    ? `Name each law or policy in the text and what it changed in your practice. If cmalt missed one, list it in the front matter of ${section.file}, e.g. \`${example}\`.`
    : `Name each law or policy in the text and what it changed in your practice. To list them for cmalt, give ${section.id} a file of its own with \`${example}\` in its front matter.`;
}
