import type { Link, Portfolio } from '../../model/types.js';
import { targetKey } from '../../model/link-target.js';
import { defineRule } from '../rule.js';
import { kramdownSlug } from '../../model/links/anchors.js';
import { resolveLink } from '../../model/links/resolve-link.js';

export const evidenceReused = defineRule({
  id: 'evidence-reused',
  category: 'evidence',
  summary: 'The same piece of evidence is not cited by more than a few sections',
  severity: 'warning',
  defaults: { max: 2 },
  docs: {
    why: 'Assessors look for a range of evidence; one report cited in three or four criteria is a common reason for a referral.',
    bad: 'evaluation-report.pdf listed as evidence in 1a, 1c and the specialist area.',
    good: 'The report in the specialist area, and different evidence (a guide, feedback, a screenshot) for 1a and 1c.',
  },
  check({ portfolio, options, report }) {
    const max = Number(options.max) || 2;
    const cross = crossReferences(portfolio);
    const bySection = new Map<string, { name: string; uses: { section: string; link: Link }[] }>();
    for (const section of portfolio.sections) {
      const seen = new Set<string>();
      for (const link of section.evidence) {
        const target = evidenceTarget(portfolio, link, cross);
        if (!target || seen.has(target.key)) continue;
        seen.add(target.key);
        const entry = bySection.get(target.key) ?? { name: target.name, uses: [] };
        entry.uses.push({ section: section.id, link });
        bySection.set(target.key, entry);
      }
    }
    for (const { name, uses } of bySection.values()) {
      const over = uses[max];
      if (!over) continue;
      const sections = uses.map((u) => u.section);
      report({
        file: over.link.file,
        line: over.link.line,
        column: over.link.column,
        section: over.section,
        message: `${name} is cited as evidence by ${uses.length} sections (${sections.join(', ')}); assessors look for a range of evidence, not the same item reused`,
        hint: `Keep it in the ${max === 1 ? 'section' : `${max} sections`} where it shows most, and cite different evidence elsewhere; where you keep it, say what it shows for that criterion.`,
      });
    }
  },
});

/** Links between sections ("as I said in 1b") are cross-references, not evidence. */
function crossReferences(portfolio: Portfolio): Set<string> {
  const refs = new Set<string>();
  for (const section of portfolio.sections) {
    refs.add(section.file);
    const heading = section.heading;
    if (!heading) continue;
    refs.add(`${heading.file}#${heading.slug}`);
    refs.add(`${heading.file}#${kramdownSlug(heading.text)}`);
  }
  return refs;
}

function evidenceTarget(
  portfolio: Portfolio,
  link: Link,
  cross: Set<string>,
): { key: string; name: string } | undefined {
  const found = resolveLink(portfolio, link);
  if (found.kind === 'found' && !found.path) return undefined;
  if (found.kind === 'found' || found.kind === 'missing-anchor') {
    const anchor = found.anchor;
    const key = anchor ? `${found.path}#${anchor}` : found.path;
    if (cross.has(key)) return undefined;
    return { key, name: anchor ? `${found.path}#${anchor}` : found.path };
  }
  if (found.kind === 'case') return { key: found.path, name: found.path };
  const key = targetKey(link.url);
  return key ? { key, name: `\`${key}\`` } : undefined;
}
