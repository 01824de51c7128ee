import { defineRule } from '../rule.js';
import { quoteList, spelled } from './support/content-format.js';
import { assessedSections, partPlace, partsLabelled } from './support/content-sections.js';

export const examplesCount = defineRule({
  id: 'examples-count',
  category: 'balance',
  heuristic: true,
  summary: 'Each assessed section cites two or more distinct evidence items',
  severity: 'info',
  defaults: { min: 2 },
  docs: {
    why: 'Assessors refer criteria built on one project or one piece of evidence; ALT suggests 2 to 3 distinct examples per criterion. cmalt counts the distinct files and links under Evidence, and links to files anywhere in the section.',
    bad: '## Evidence\n\n- [Project report](evidence/report.pdf)',
    good: '## Evidence\n\n- [Options appraisal for lecture capture (PDF)](evidence/options-appraisal.pdf)\n- [Pilot survey results (PDF)](evidence/pilot-survey.pdf)',
  },
  check({ portfolio, options, report }) {
    for (const section of assessedSections(portfolio)) {
      if (section.words === 0) continue;
      const items = section.evidence;
      if (items.length >= options.min) continue;
      // A section with no evidence part at all is reported by part-missing.
      const evidencePart = partsLabelled(section, 'evidence').some(
        (p) => p.paragraphs.length || p.links.length,
      );
      if (!items.length && !evidencePart) continue;
      report({
        ...partPlace(section, 'evidence'),
        section: section.id,
        message: items.length
          ? `${section.id} cites ${spelled(items.length)} evidence item${items.length === 1 ? '' : 's'} (${quoteList(items.map((l) => l.text || l.url))}); assessors look for ${spelled(options.min)} or more distinct examples or evidence items`
          : `${section.id} cites no evidence items; assessors look for ${spelled(options.min)} or more distinct examples or evidence items`,
        hint: 'Draw on a different project or piece of work for a second example, and link the evidence for each one, e.g. `- [Workshop feedback summary (PDF)](evidence/workshop-feedback.pdf)`.',
      });
    }
  },
});
