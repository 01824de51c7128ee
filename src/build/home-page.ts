import type { Portfolio } from '../model/types.js';
import { pathwayById } from '../outline/load-outline.js';
import { escapeHtml } from './html.js';
import { entryLabel, type NavEntry } from './page-layout.js';

export interface HomeInput {
  portfolio: Portfolio;
  sections: NavEntry[];
  extras: NavEntry[];
  matrixHref: string;
  evidenceCount: number;
}

export function pathwayTitle(portfolio: Portfolio): string {
  try {
    return pathwayById(portfolio.outline, portfolio.config.pathway).title;
  } catch {
    return 'CMALT';
  }
}

/** The home page body: who, which pathway, the contents and the way to the evidence. */
export function homeBody(input: HomeInput): string {
  const list = (entries: NavEntry[]) =>
    entries.map((e) => `<li><a href="${escapeHtml(e.href)}">${entryLabel(e)}</a></li>`).join('\n');
  const extras = input.extras.length
    ? `<h2>Appendices</h2>\n<ol class="contents">\n${list(input.extras)}\n</ol>\n`
    : '';
  const evidence = `<h2>Evidence</h2>
<p>The <a href="${escapeHtml(input.matrixHref)}">evidence matrix</a> lists ${
    input.evidenceCount === 1 ? 'the one item' : `all ${input.evidenceCount} items`
  } of evidence against the sections that cite ${input.evidenceCount === 1 ? 'it' : 'them'}. Evidence files sit beside these pages, in the same folders as in the portfolio.</p>`;
  return `${homeIntro(input.portfolio)}
<h2>Contents</h2>
<ol class="contents">
${list(input.sections)}
</ol>
${extras}${evidence}`;
}

/** Who and which pathway: the opening of the home page, and of the PDF. */
export function homeIntro(portfolio: Portfolio): string {
  const { config } = portfolio;
  const facts: [string, string][] = [['Pathway', pathwayTitle(portfolio)]];
  if (config.specialist.length)
    facts.push([
      config.specialist.length > 1 ? 'Specialist areas' : 'Specialist area',
      config.specialist.join('; '),
    ]);
  if (config.advanced.length)
    facts.push([
      config.advanced.length > 1 ? 'Advanced areas' : 'Advanced area',
      config.advanced.join('; '),
    ]);
  const lede = config.candidate
    ? `This is the portfolio of ${escapeHtml(config.candidate)} for Certified Membership of the Association for Learning Technology (${escapeHtml(pathwayTitle(portfolio))}).`
    : `A portfolio for Certified Membership of the Association for Learning Technology (${escapeHtml(pathwayTitle(portfolio))}).`;
  return `<p class="lede">${lede}</p>
<dl class="facts">
${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}
</dl>`;
}
