import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyParagraph } from '../../src/reflection/classify-paragraph.js';
import { MODEL_FILE } from '../../src/reflection/model.js';
import { trainModel } from '../eval/train-model.js';
import { trainingItems } from '../eval/training-items.js';

describe('the shipped paragraph model', () => {
  it('is exactly what training on the development set produces', () => {
    const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ReturnType<typeof trainModel>;
    const trained = trainModel(trainingItems());
    expect(shipped.features).toEqual(trained.features);
    expect(shipped.bias).toEqual(trained.bias);
    // Four decimals are written; allow one step of rounding difference across platforms.
    shipped.weights.forEach((row, c) =>
      row.forEach((w, j) =>
        expect(Math.abs(w - (trained.weights[c]?.[j] ?? NaN))).toBeLessThanOrEqual(1e-4),
      ),
    );
  }, 60_000);

  it('is trained on development paragraphs only', () => {
    expect(trainingItems().every((i) => i.split !== 'heldout')).toBe(true);
    expect(trainingItems().length).toBeGreaterThanOrEqual(300);
  });
});

describe('classifyParagraph', () => {
  it('reads a past-tense account of work as description and says why', () => {
    const c = classifyParagraph(
      'In 2023 I set up a Moodle course for 300 nursing students. I added weekly quizzes, uploaded the lecture recordings and ran two training sessions for the module team.',
    );
    expect(c.label).toBe('description');
    expect(c.cues.length).toBeGreaterThanOrEqual(2);
    expect(c.reflectionShare).toBeLessThan(0.5);
  });

  it('reads unsignposted evaluation and changed practice as reflection', () => {
    const c = classifyParagraph(
      'The first version of the guide was far too long, and hardly anyone read past the opening page. Short task-based guides worked better because people look for help at the moment they need it. I now write every guide as a set of single tasks.',
    );
    expect(c.label).toBe('reflection');
    expect(c.reflectionShare).toBeGreaterThan(0.5);
    expect(c.sentences).toHaveLength(3);
  });

  it('names each cue once, even when two features found the same phrase', () => {
    const c = classifyParagraph(
      'I am a learning technologist in the Digital Education Team at the University of Northmoor, a university in the north of England with about 19,000 students. I joined in September 2021 and work mainly with the Faculty of Health and Life Sciences, which teaches nursing, midwifery, physiotherapy, paramedic science and pharmacology to around 4,300 students. A large share of them are mature students, commuters and nursing degree apprentices who study around shifts on hospital wards.',
    );
    expect(c.label).toBe('description');
    expect(c.cues.filter((cue) => cue === 'role or setting: "I am a"')).toHaveLength(1);
    expect(new Set(c.cues).size).toBe(c.cues.length);
  });

  it('reads a pointer to an appendix as evidence', () => {
    expect(
      classifyParagraph('The evaluation report and the survey results are in Appendix 3 (PDF).')
        .label,
    ).toBe('evidence');
  });

  it('reads guidance addressed to the candidate as other', () => {
    expect(
      classifyParagraph(
        'In this section you should describe how you have worked with others. Remember to obtain permission before including evidence that names colleagues.',
      ).label,
    ).toBe('other');
  });

  it('gives each sentence a span inside the text, a confidence in 0..1 and the same answer twice', () => {
    const text = 'We moved the exams online in 2022. It worked better than I expected.';
    const a = classifyParagraph(text);
    expect(a).toEqual(classifyParagraph(text));
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
    for (const s of a.sentences) expect(text.slice(s.start, s.end).trim()).not.toBe('');
  });
});
