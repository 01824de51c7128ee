import type { PartKind } from '../../outline/schema.js';
import type { Section } from '../../model/types.js';
import { defineRule } from '../rule.js';
import {
  assessedSections,
  partName,
  partsLabelled,
  requiredParts,
  sectionPlace,
} from './support/content-sections.js';

export const partMissing = defineRule({
  id: 'part-missing',
  category: 'structure',
  summary: 'Every assessed section has its Description, Reflection and Evidence',
  severity: 'error',
  defaults: {},
  docs: {
    why: 'Assessors grade the description, the reflection and the evidence of every criterion separately; a part they cannot find is graded "Incomplete or missing".',
    bad: '## 1a Description\n\nI compared three lecture capture tools...\n\n## 1a Evidence\n\n- [Options appraisal (PDF)](evidence/options.pdf)',
    good: '## 1a Description\n\nI compared three lecture capture tools...\n\n## 1a Reflection\n\nLooking back, I gave too much weight to cost...\n\n## 1a Evidence\n\n- [Options appraisal (PDF)](evidence/options.pdf)',
  },
  check({ portfolio, report }) {
    for (const section of assessedSections(portfolio)) {
      // An empty section is reported once, by section-empty.
      if (section.words === 0 && !section.links.length) continue;
      const required = requiredParts(portfolio, section);
      if (!required.length) continue;
      const labelled = required.filter((kind) => partsLabelled(section, kind).length);
      if (!labelled.length) {
        reportUnlabelled(section, required, report);
        continue;
      }
      for (const kind of required) {
        if (present(section, kind)) continue;
        const heading = partsLabelled(section, kind).find((p) => p.heading)?.heading;
        const name = partName(kind);
        report({
          ...(heading
            ? { file: heading.file, line: heading.line, column: heading.column }
            : sectionPlace(section)),
          section: section.id,
          message: heading
            ? `${section.id}'s ${name} heading ("${heading.text}") has nothing under it`
            : `${section.id} has no ${name.toLowerCase()}: cmalt found ${labelled
                .map((k) => partName(k))
                .join(' and ')} headings but no ${name} heading`,
          hint: HINTS[kind](section.id),
        });
      }
    }
  },
});

const HINTS: Record<PartKind, (id: string) => string> = {
  description: (id) =>
    `Add a \`## Description\` heading to ${id} and say what you did, where and with whom.`,
  reflection: (id) =>
    `Add a \`## Reflection\` heading to ${id} and write what you learned, what you would do differently and what changed in your practice. cmalt also recognises "Reflections", "Evaluation" and "Lessons learned".`,
  evidence: (id) =>
    `Add a \`## Evidence\` heading to ${id} with a list of links to your evidence, e.g. \`- [Pilot survey results (PDF)](evidence/pilot-survey.pdf)\`.`,
  references: (id) => `Add a \`## References\` heading to ${id}.`,
  summary: (id) => `Add a \`## Summary\` heading to ${id}.`,
};

/** A part is there when its heading has words under it; evidence may also be links alone, or evidence cited in the text. */
function present(section: Section, kind: PartKind): boolean {
  const parts = partsLabelled(section, kind);
  if (parts.some((p) => p.paragraphs.some((para) => para.words > 0))) return true;
  if (kind !== 'evidence') return false;
  return parts.some((p) => p.links.length > 0) || section.evidence.length > 0;
}

function reportUnlabelled(
  section: Section,
  required: PartKind[],
  report: Parameters<(typeof partMissing)['check']>[0]['report'],
) {
  const names = required.map(partName).join('/');
  const quoted = section.parts
    .flatMap((p) => p.paragraphs)
    .find((p) => p.container === 'blockquote');
  report({
    ...sectionPlace(section),
    section: section.id,
    severity: 'warning',
    message: `${section.id} has no ${names} headings, so cmalt cannot tell its parts apart`,
    hint: quoted
      ? `If the blockquote at line ${quoted.line} is your reflection, put \`## Reflection\` above it, and \`## Description\` and \`## Evidence\` above the other parts.`
      : `Put a heading above each part, e.g. \`## Reflection\` before the paragraphs where you evaluate what happened. Headings such as \`## ${section.id} Reflection\` work too.`,
  });
  if (required.includes('evidence') && !section.links.length && !section.evidence.length) {
    report({
      ...sectionPlace(section),
      section: section.id,
      message: `${section.id} has no evidence: no Evidence heading and no links to evidence anywhere in it`,
      hint: HINTS.evidence(section.id),
    });
  }
}
