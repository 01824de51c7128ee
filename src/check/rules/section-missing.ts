import { pathwayById } from '../../outline/load-outline.js';
import type { Portfolio } from '../../model/types.js';
import { defineRule } from '../rule.js';

/** The section ids a portfolio must hold, after the pathway's counts and the 2016 layout are applied. */
export function requiredSections(portfolio: Portfolio): string[] {
  const { outline, config } = portfolio;
  const pathway = pathwayById(outline, config.pathway);
  const present = new Set(portfolio.sections.map((s) => s.id));
  const required: string[] = [];
  const legacy =
    config.guidelines === '2016' || present.has('3') || (present.has('4b') && !present.has('4a'));
  for (const id of pathway.sections) {
    // How many specialist and advanced areas there are is specialist-count's and advanced-count's to say.
    if (id === 'specialist' || id === 'advanced') continue;
    if (legacy && outline.legacy.replaces[id]) {
      const replacement = outline.legacy.replaces[id];
      if (replacement && !required.includes(replacement) && !present.has(id))
        required.push(replacement);
      if (present.has(id)) required.push(id);
      continue;
    }
    if (legacy && id === '4a' && present.has('4b')) continue;
    required.push(id);
  }
  // The review is recognised from its own sections, so `init --review` needs no change to cmalt.yml.
  if (config.review || [...present].some((id) => id.startsWith('review-'))) {
    for (const id of outline.review.sections) {
      if (id === 'review-cpd')
        for (let n = 1; n <= outline.review.cpd.min; n++) required.push(`review-cpd-${n}`);
      else required.push(id);
    }
  }
  return required;
}

export const sectionMissing = defineRule({
  id: 'section-missing',
  category: 'structure',
  summary: 'Every section the pathway requires is present',
  severity: 'error',
  defaults: {},
  docs: {
    why: "ALT's first screening checks that every section is there; a missing section sends the portfolio back before assessment.",
    bad: 'A CMALT portfolio with no file or heading for 2b.',
    good: '2b.md with `section: 2b` in its front matter, or a heading such as `## 2b An understanding of your target learners`.',
  },
  check({ portfolio, report }) {
    const present = new Set(portfolio.sections.map((s) => s.id));
    const missing = requiredSections(portfolio).filter((id) => !present.has(id));
    if (!missing.length) return;
    const unplaced = unplacedHeadings(portfolio);
    const seen = unplaced.length
      ? ` Headings cmalt could not place: ${unplaced
          .slice(0, 8)
          .map((h) => `"${h}"`)
          .join(', ')}${unplaced.length > 8 ? ', ...' : ''}.`
      : '';
    for (const id of missing) {
      const def = portfolio.outline.sections.find((s) => s.id === id.replace(/-\d+$/, ''));
      const title = def?.title ?? id;
      report({
        file: '',
        line: 1,
        column: 1,
        section: id,
        message: `section ${id} (${title}) is missing for the ${portfolio.config.pathway} pathway.${seen}`,
        hint: `Add ${id}.md with \`section: ${id}\` in its front matter, start a heading with "${id}", or map an existing heading in cmalt.yml under \`map:\`.`,
      });
    }
  },
});

function unplacedHeadings(portfolio: Portfolio): string[] {
  const placed = new Set(
    portfolio.sections.flatMap((s) => (s.heading ? [`${s.heading.file}:${s.heading.line}`] : [])),
  );
  return portfolio.files
    .flatMap((f) => f.headings.filter((h) => h.depth <= 3 && !placed.has(`${f.path}:${h.line}`)))
    .filter((h) => !h.pseudo)
    .map((h) => h.text)
    .filter((text, i, all) => text && all.indexOf(text) === i);
}
