import { pathwayById } from '../../../outline/load-outline.js';
import type { Portfolio } from '../../../model/types.js';
import type { Report } from '../../rule.js';
import { spelled } from './content-format.js';
import { sectionPlace } from './content-sections.js';

type AreaKind = 'specialist' | 'advanced';

const LABEL: Record<AreaKind, string> = {
  specialist: 'specialist area',
  advanced: 'advanced area',
};

/** "exactly two", "one or more", "no": how the pathway's count reads in a sentence. */
function needs(min: number, max: number | undefined): string {
  if (max === 0) return 'no';
  if (max === min) return `exactly ${spelled(min)}`;
  if (max === undefined) return `${spelled(min)} or more`;
  return `${spelled(min)} to ${spelled(max)}`;
}

/**
 * Counts specialist or advanced areas against the pathway. Too few is an error; too many is a
 * warning, since the extra area is only wasted effort (or a sign the pathway in cmalt.yml is wrong).
 */
export function checkAreaCount(kind: AreaKind, portfolio: Portfolio, report: (r: Report) => void) {
  const { outline, config } = portfolio;
  const pathway = pathwayById(outline, config.pathway);
  const { min, max } = pathway[kind];
  const found = portfolio.sections.filter((s) => s.kind === kind);
  const label = LABEL[kind];
  const named = found.map((s) => `"${s.title}" (${s.file})`).join(', ');
  const listed = config[kind];
  const unwritten = listed.filter((_, i) => !found.some((s) => s.id === `${kind}-${i + 1}`));
  const fromConfig = unwritten.length
    ? `; cmalt.yml also lists ${unwritten.map((t) => `"${t}"`).join(', ')}, with no section for ${unwritten.length === 1 ? 'it' : 'them'}`
    : '';

  if (found.length < min) {
    report({
      file: '',
      line: 1,
      column: 1,
      message: `${pathway.title} needs ${needs(min, max)} ${label}s; cmalt found ${spelled(found.length)}${found.length ? `: ${named}` : ''}${fromConfig}`,
      hint: `Add a file for each ${label} with \`section: ${kind}-${found.length + 1}\` in its front matter, or a heading such as \`# ${label[0]!.toUpperCase()}${label.slice(1)}: Your title\`, and list the titles in cmalt.yml under \`${kind}:\`.`,
    });
    return;
  }
  if (max !== undefined && found.length > max) {
    const extra = found[max] ?? found[0];
    if (!extra) return;
    report({
      ...sectionPlace(extra),
      section: extra.id,
      severity: 'warning',
      message: `${pathway.title} has ${needs(min, max)} ${label}s, but cmalt found ${spelled(found.length)}: ${named}`,
      hint:
        max === 0 && kind === 'advanced'
          ? 'Advanced areas belong to Senior CMALT. If you are applying for Senior, set `pathway: senior` in cmalt.yml; otherwise remove the advanced area or fold it into a specialist area.'
          : `Check \`pathway:\` in cmalt.yml. If it is right, remove the extra ${label} or fold it into another section: assessors will not grade it.`,
    });
    return;
  }
  if (unwritten.length) {
    report({
      file: '',
      line: 1,
      column: 1,
      severity: 'warning',
      message: `cmalt.yml lists the ${label}${unwritten.length === 1 ? '' : 's'} ${unwritten.map((t) => `"${t}"`).join(', ')}, but the portfolio has no section for ${unwritten.length === 1 ? 'it' : 'them'}`,
      hint: `Write the section, with \`section: ${kind}-${listed.indexOf(unwritten[0] ?? '') + 1}\` in its front matter, or remove the title from \`${kind}:\` in cmalt.yml.`,
    });
  }
}
