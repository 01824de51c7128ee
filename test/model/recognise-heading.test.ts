import { describe, expect, it } from 'vitest';
import { loadOutline } from '../../src/outline/load-outline.js';
import { createRecogniser, recogniseFileName } from '../../src/model/recognise-heading.js';

const recogniser = createRecogniser(loadOutline(), { specialist: ['Accessibility'], advanced: [] });

// The heading styles found in real portfolios, and what each means.
const headings: [string, object][] = [
  [
    '1a – An understanding of the constraints and benefits of different technologies',
    { section: '1a' },
  ],
  ['Core Area 1a: Constraints and benefits', { section: '1a' }],
  ['Section 2b', { section: '2b' }],
  ['An understanding of your target learners', { section: '2b' }],
  ['Supporting the deployment of learning technologies', { section: '1c' }],
  ['1a Description', { section: '1a', part: 'description' }],
  ['Description Core Area 1b', { section: '1b', part: 'description' }],
  ['Core Area 2b Case i Reflections', { section: '2b', part: 'reflection' }],
  ['3a Evidence', { section: '3a', part: 'evidence' }],
  ['Core Area 3: The wider context', { area: 3 }],
  ['Core Area 4b: Interface between human and technical systems', { section: '4b' }],
  ['Reflections', { part: 'reflection' }],
  ['Overview', { part: 'description' }],
  ['Further reading', { part: 'references' }],
  ['Supporting evidence', { part: 'evidence' }],
  ['What I learnt', { part: 'reflection' }],
  ['Evaluation of the lecture capture pilot across three faculties', {}],
  ['Specialist Area: Evaluation', { section: 'specialist', title: 'Evaluation' }],
  ['Specialist Area Reflections', { section: 'specialist', part: 'reflection' }],
  [
    'Specialist area 2 – Open practice',
    { section: 'specialist', number: 2, title: 'Open practice' },
  ],
  ['Accessibility', { section: 'specialist', number: 1 }],
  [
    'Advanced area: Frameworks and strategies',
    { section: 'advanced', title: 'Frameworks and strategies' },
  ],
  ['Future plans', { section: 'future-plans' }],
  ['Confirmation', { section: 'declaration' }],
  ['Appendix 2b: survey questions', {}],
  ['Figure 1a', {}],
  ['My journey', {}],
];

describe('recognising a heading', () => {
  it.each(headings)('%s', (heading, expected) => {
    const found = recogniser.recognise(heading);
    expect(Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined))).toEqual(
      expected,
    );
  });
});

describe('recognising a file name', () => {
  it.each([
    ['1a.md', '1a'],
    ['core-area-2b.md', '2b'],
    ['2023-05-02-section-1a.md', '1a'],
    ['00-contextual-statement.md', 'contextual-statement'],
    ['future-plans.md', 'future-plans'],
    ['specialist-area.md', 'specialist'],
  ])('%s is %s', (name, id) => {
    expect(recogniseFileName(recogniser, name).section).toBe(id);
  });

  it('does not take an area name for a criterion', () => {
    expect(recogniseFileName(recogniser, 'teaching-and-learning.md')).toEqual({});
    expect(recogniseFileName(recogniser, 'core-area-3.md')).toEqual({ area: 3, part: undefined });
  });
});
