import { defineRule } from '../rule.js';
import { sectionPlace, withinSection } from './support/content-sections.js';

export const sectionEmpty = defineRule({
  id: 'section-empty',
  category: 'structure',
  summary: 'No section is present but empty',
  severity: 'error',
  defaults: {},
  docs: {
    why: 'A section with a heading and nothing under it counts as missing: assessors grade it "Incomplete or missing" and the portfolio is referred.',
    bad: '# 2b An understanding of your target learners\n\n<!-- What this section must show: ... -->',
    good: '# 2b An understanding of your target learners\n\n## Description\n\nMost of the 300 apprentices I support study on placement...',
  },
  check({ portfolio, report }) {
    for (const section of portfolio.sections) {
      if (section.words > 0) continue;
      const guidance = portfolio.files.some((f) =>
        f.comments.some((c) => withinSection(section, c) && !/^\s*cmalt-/.test(c.text)),
      );
      const what = section.links.length
        ? `only ${section.links.length === 1 ? 'a link' : 'links'} with no words around them`
        : guidance
          ? 'only its heading and a guidance comment'
          : 'no text under its heading';
      report({
        ...sectionPlace(section),
        section: section.id,
        message: `${section.id} (${section.title}) is empty: it has ${what}`,
        hint: section.assessed
          ? `Write ${section.id} under Description, Reflection and Evidence headings, or remove it until you start it.`
          : `Write ${section.id} before you submit: ALT asks for it even though it is not graded.`,
      });
    }
  },
});
