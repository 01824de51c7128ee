import type { Section } from '../model/types.js';

/** How a section is named in headings and contents: `1a An understanding…`, `Specialist area: Accessibility`. */
export function sectionLabel(section: Section, all: Section[]): { code?: string; title: string } {
  if (/^[1-4][abc]?$/.test(section.id)) return { code: section.id, title: section.title };
  const numbered = /^(specialist|advanced)-(\d+)$/.exec(section.id);
  if (numbered) {
    const kind = numbered[1] === 'specialist' ? 'Specialist area' : 'Advanced area';
    const count = all.filter((s) => s.kind === section.kind).length;
    const prefix = count > 1 ? `${kind} ${numbered[2]}` : kind;
    const title = section.title.toLowerCase().startsWith(kind.toLowerCase())
      ? section.title
      : `${prefix}: ${section.title}`;
    return { title };
  }
  return { title: section.title };
}

export function sectionHeading(section: Section, all: Section[]): string {
  const { code, title } = sectionLabel(section, all);
  return code ? `${code} ${title}` : title;
}
