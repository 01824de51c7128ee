// Generates realistic portfolios for benchmarks and the fuzz test: native layout, believable prose,
// evidence files of chosen sizes. Deterministic for a given seed.
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // mulberry32: small, fast and good enough for test data.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DESCRIPTION = [
  'In 2024 I led the move of 120 modules from Blackboard to Moodle for the School of Health.',
  'I ran six workshops on H5P interactive video for lecturers in nursing and midwifery.',
  'The faculty asked me to evaluate three lecture capture tools against our accessibility policy.',
  'I set up a Teams channel for the digital champions and met them every fortnight.',
  'Working with the library, I rewrote the reading list guidance for the new VLE template.',
  'I configured Turnitin assignments for 2,400 first-year students across four programmes.',
  'Each module leader received a short checklist and a fifteen-minute consultation with me.',
  'I drafted the options appraisal and presented it to the digital education committee in May.',
];
const REFLECTION = [
  'Looking back, the pilot worked because lecturers could see their own students using the tool.',
  'I realised that training alone did not change practice; the follow-up conversations did.',
  'Next time I would involve students earlier, since their feedback changed the design twice.',
  'This made me question my assumption that more features meant a better learning experience.',
  'In hindsight the timeline was too short, and I now build a reflection week into every rollout.',
  'I learned that accessibility is easier to design in than to fix afterwards, so I now start with it.',
  'Comparing the two approaches showed me that simplicity mattered more than flexibility for staff.',
  'Since then I have changed how I plan workshops: fewer slides, more time with real courses.',
];
const EVIDENCE_TEXT = [
  'Evaluation report',
  'Workshop plan',
  'Screenshot of the course page',
  'Survey summary',
  'Options appraisal',
  'Certificate',
];
const SECTIONS = ['1a', '1b', '1c', '2a', '2b', '3a', '3b', '4a', 'specialist-1'];

function paragraph(next: () => number, pool: string[], sentences: number): string {
  return Array.from({ length: sentences }, () => pool[Math.floor(next() * pool.length)]).join(' ');
}

function wordsOf(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export interface GenerateOptions {
  seed?: number;
  /** Words of candidate prose in the whole portfolio. */
  words?: number;
  evidenceFiles?: number;
  /** Bytes of each evidence file. */
  evidenceBytes?: number;
}

/** Writes one portfolio (about 15 files) and returns the number of words written. */
export async function generatePortfolio(
  dir: string,
  options: GenerateOptions = {},
): Promise<number> {
  const { seed = 1, words = 12_000, evidenceFiles = 30, evidenceBytes = 40_000 } = options;
  const next = random(seed);
  await mkdir(path.join(dir, 'evidence'), { recursive: true });
  await writeFile(
    path.join(dir, 'cmalt.yml'),
    `candidate: Candidate ${seed}\npathway: cmalt\nspecialist:\n  - Accessibility\n`,
  );
  const evidence = Array.from(
    { length: evidenceFiles },
    (_, i) => `evidence/item-${String(i + 1).padStart(2, '0')}.pdf`,
  );
  const perSection = Math.floor(words / (SECTIONS.length + 2));
  let total = 0;
  for (const [index, id] of SECTIONS.entries()) {
    let body = '';
    let count = 0;
    const parts: string[] = [];
    while (count < perSection * 0.55) {
      const text = paragraph(next, DESCRIPTION, 4);
      parts.push(text);
      count += wordsOf(text);
    }
    body += `## Description\n\n${parts.join('\n\n')}\n\n## Reflection\n\n`;
    const reflections: string[] = [];
    while (count < perSection) {
      const text = paragraph(next, REFLECTION, 4);
      reflections.push(text);
      count += wordsOf(text);
    }
    const cited = [
      evidence[(index * 3) % evidenceFiles],
      evidence[(index * 3 + 1) % evidenceFiles],
      evidence[(index * 3 + 2) % evidenceFiles],
    ];
    const list = cited
      .map((file, i) => `- [${EVIDENCE_TEXT[i % EVIDENCE_TEXT.length]} for ${id} (PDF)](${file})`)
      .join('\n');
    body += `${reflections.join('\n\n')}\n\n## Evidence\n\n${list}\n`;
    total += count;
    await writeFile(
      path.join(dir, `${id}.md`),
      `---\nsection: ${id}\ntitle: Section ${id}\n---\n\n# ${id}\n\n${body}`,
    );
  }
  for (const id of ['contextual-statement', 'future-plans']) {
    const text = paragraph(next, DESCRIPTION, 12) + '\n\n' + paragraph(next, REFLECTION, 8);
    total += wordsOf(text);
    await writeFile(path.join(dir, `${id}.md`), `---\nsection: ${id}\n---\n\n# ${id}\n\n${text}\n`);
  }
  await writeFile(
    path.join(dir, 'declaration.md'),
    `---\nsection: declaration\n---\n\n# Declaration\n\nI confirm this is my own work.\n\nSigned: Candidate ${seed}\n\nDate: 2026-10-01\n`,
  );
  for (const file of evidence) await writeEvidence(path.join(dir, file), evidenceBytes, next);
  return total;
}

/** Evidence is written in chunks of pseudo-random bytes, so it neither compresses nor sits in memory. */
async function writeEvidence(file: string, bytes: number, next: () => number): Promise<void> {
  const handle = await open(file, 'w');
  const chunk = Buffer.alloc(Math.min(bytes, 1 << 20));
  for (let i = 0; i < chunk.length; i += 4)
    chunk.writeUInt32LE(Math.floor(next() * 0xffffffff), Math.min(i, chunk.length - 4));
  chunk.write('%PDF-1.4\n', 0);
  let written = 0;
  while (written < bytes) {
    const size = Math.min(chunk.length, bytes - written);
    await handle.write(chunk, 0, size);
    written += size;
  }
  await handle.close();
}
