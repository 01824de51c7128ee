import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { SectionDef } from '../outline/schema.js';
import { templatesDir } from '../util/paths.js';

/** Guidance for a section kind, wrapped so it can never close its own comment early. */
export function guidanceComment(kind: string): string {
  const file = path.join(templatesDir, 'guidance', `${kind}.md`);
  const text = readFileSync(file, 'utf8')
    .trim()
    .replaceAll('-->', '- ->')
    .replaceAll('<!--', '< !--');
  return `<!--\ncmalt guidance for this section. It is an HTML comment, so it is never counted\nas your words and never reaches the built site. Delete it when you are done.\n\n${text}\n-->`;
}

export interface SectionFileInput {
  id: string;
  def: SectionDef;
  title: string;
  /** Extra front matter, e.g. `covers:` for 3a and 3b. */
  data?: Record<string, unknown>;
  /** Text the candidate starts from, for sections without parts (the declaration). */
  body?: string;
}

const PART_HEADINGS: Record<string, string> = {
  description: 'Description',
  reflection: 'Reflection',
  evidence: 'Evidence',
};

export function sectionFile({ id, def, title, data, body }: SectionFileInput): string {
  const frontMatter = stringify({ section: id, title, ...data }, { lineWidth: 0 }).trimEnd();
  const heading = def.assessed && /^[1-4][ab]?$|^[1-4][abc]$/.test(id) ? `${id} ${title}` : title;
  const parts = def.parts.map((part) => `## ${PART_HEADINGS[part] ?? part}\n`).join('\n');
  return [`---\n${frontMatter}\n---`, `# ${heading}`, guidanceComment(def.id), body, parts]
    .filter((block) => block !== undefined && block !== '')
    .join('\n\n')
    .concat('\n');
}
