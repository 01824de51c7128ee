import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { pathwayById, sectionDef, type Outline } from '../outline/load-outline.js';
import { templatesDir } from '../util/paths.js';
import type { PlannedFile, ScaffoldOptions } from './scaffold-options.js';
import { sectionFile } from './section-file.js';

/** 3a and 3b declare what they cover, so check can test core area 3 against the pathway. */
const COVERS: Record<string, Record<string, unknown>> = {
  '3a': { covers: { laws: [] } },
  '3b': { covers: { policies: [] } },
};

function scaffoldTemplate(name: string): string {
  return readFileSync(path.join(templatesDir, 'scaffold', name), 'utf8');
}

function declarationBody(options: ScaffoldOptions): string {
  const assessor = options.assessor
    ? `\n\nNominated assessor: ${options.assessor} (not my line manager, and not a co-author of any of my evidence)`
    : '';
  return (
    'I confirm that this portfolio is my own work, that the evidence in it is authentic, and that I have permission to share the evidence that involves other people.\n\n' +
    `Signed: ${options.candidate}\n\nDate: ${assessor}`
  );
}

/** Everything a new portfolio holds, as data: nothing is written here. */
export function planScaffold(outline: Outline, options: ScaffoldOptions): PlannedFile[] {
  const pathway = pathwayById(outline, options.pathway);
  const files: PlannedFile[] = [
    {
      path: 'cmalt.yml',
      content: configFile(options),
      purpose: 'your settings: name, pathway, areas',
    },
  ];
  for (const kind of pathway.sections) {
    const def = sectionDef(outline, kind);
    if (!def) continue;
    if (def.repeatable) {
      const count = Math.max(
        pathway[kind as 'specialist' | 'advanced'].min,
        options[kind as 'specialist' | 'advanced'].length,
        1,
      );
      for (let n = 1; n <= count; n++) {
        const title = options[kind as 'specialist' | 'advanced'][n - 1] ?? `${def.title} ${n}`;
        const id = `${kind}-${n}`;
        files.push({
          path: `${id}.md`,
          content: sectionFile({ id, def, title }),
          purpose: `${def.title.toLowerCase()}: ${title}`,
        });
      }
      continue;
    }
    const body = kind === 'declaration' ? declarationBody(options) : undefined;
    files.push({
      path: `${kind}.md`,
      content: sectionFile({ id: kind, def, title: def.title, data: COVERS[kind], body }),
      purpose: def.title,
    });
  }
  files.push({
    path: 'evidence/README.md',
    content: scaffoldTemplate('evidence-README.md'),
    purpose: 'how to name and anonymise evidence',
  });
  files.push({
    path: 'README.md',
    content: scaffoldTemplate('README.md'),
    purpose: 'what each file is and the order to work in',
  });
  files.push({
    path: '.gitignore',
    content: '# cmalt build output\ndist/\n*-cmalt-portfolio.zip\n',
    purpose: 'keeps build output out of version control',
  });
  return files;
}

/** The 3-yearly review, added beside an existing portfolio in `review/`. */
export function planReview(outline: Outline, options: ScaffoldOptions): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const kind of outline.review.sections) {
    const def = sectionDef(outline, kind);
    if (!def) continue;
    const name = kind.replace(/^review-/, '');
    if (def.repeatable) {
      for (let n = 1; n <= outline.review.cpd.min; n++) {
        const id = `${kind}-${n}`;
        files.push({
          path: `review/${name}-${n}.md`,
          content: sectionFile({ id, def, title: `${def.title} ${n}` }),
          purpose: `${def.title} ${n}`,
        });
      }
      continue;
    }
    const body = kind === 'review-declaration' ? declarationBody(options) : undefined;
    files.push({
      path: `review/${name}.md`,
      content: sectionFile({ id: kind, def, title: def.title, body }),
      purpose: def.title,
    });
  }
  return files;
}

function configFile(options: ScaffoldOptions): string {
  const data: Record<string, unknown> = {
    candidate: options.candidate,
    pathway: options.pathway,
    ...(options.registered ? { registered: options.registered } : {}),
    specialist: options.specialist,
    ...(options.pathway === 'senior' ? { advanced: options.advanced } : {}),
    ...(options.assessor ? { assessor: { name: options.assessor } } : {}),
  };
  return (
    '# Your CMALT portfolio settings. Editors that understand JSON Schema can complete\n' +
    '# these keys from the schema below; `cmalt rules` lists the checks you can tune under `rules:`.\n' +
    '# yaml-language-server: $schema=https://unpkg.com/cmalt/templates/cmalt.schema.json\n' +
    stringify(data, { lineWidth: 0 })
  );
}
