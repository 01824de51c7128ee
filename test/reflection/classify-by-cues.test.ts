import { describe, expect, it } from 'vitest';
import { classifyByCues as classifyParagraph } from '../../src/reflection/classify-by-cues.js';

function cueText(text: string): string {
  return classifyParagraph(text).cues.join(' | ');
}

describe('classifyByCues: description', () => {
  it('reads past-tense actions, counts, dates and tools as description', () => {
    const result = classifyParagraph(
      'In September 2022 I set up a Moodle course for 300 students, ran four workshops and trained 40 tutors.',
    );
    expect(result.label).toBe('description');
    expect(result.cues).toContain('past-tense actions: set up, ran, trained');
    expect(cueText('I set up a Moodle course for 300 students in September 2022.')).toMatch(
      /named tools: Moodle.*|counts: "300"/,
    );
  });

  it('reads role and setting as description', () => {
    const result = classifyParagraph(
      'I am a learning technologist in the Faculty of Health. My role involves supporting 400 staff with Moodle and Panopto.',
    );
    expect(result.label).toBe('description');
    expect(result.cues.join(' ')).toContain('role or setting');
  });

  it('reads "the policy requires" as description', () => {
    const result = classifyParagraph(
      'The university policy requires all recordings to be captioned within five days.',
    );
    expect(result).toMatchObject({ label: 'description' });
    expect(result.cues).toContain('requirement: "policy requires"');
  });

  it('reads "I learned to use X" as skills acquired, not insight', () => {
    const result = classifyParagraph(
      'I learned to use Articulate Storyline on a two-day course in March 2023.',
    );
    expect(result.label).toBe('description');
    expect(result.cues).toContain('skills acquired: "I learned to use"');
  });

  it('does not count an auxiliary "did not" as an action', () => {
    expect(cueText('We ran two sessions, but they did not have laptops.')).toContain(
      'past-tense actions: ran',
    );
    expect(cueText('We ran two sessions, but they did not have laptops.')).not.toMatch(/ran, did/);
  });

  it('is not fooled by a paragraph that only says it reflects', () => {
    const result = classifyParagraph(
      'Reflecting on this, I made the guide in Word and then converted it to PDF. I asked two students to test it and changed some screenshots. After induction I also made a video version with Stream.',
    );
    expect(result.label).toBe('description');
  });
});

describe('classifyByCues: reflection', () => {
  it('reads first person + epistemic verb and a forward look as reflection', () => {
    const result = classifyParagraph(
      'This made me realise that the students needed the slides before the lecture. Next time I would publish them two days ahead.',
    );
    expect(result.label).toBe('reflection');
    expect(result.cues).toContain('forward look: "Next time"');
    expect(cueText('I realised that the quiz only tested recall.')).toContain(
      'first person + epistemic verb: "I realised"',
    );
  });

  it('keeps negated insight and negated success reflective', () => {
    expect(cueText('I did not realise how much students relied on the recordings.')).toContain(
      'first person + epistemic verb: "I did not realise"',
    );
    const failed = classifyParagraph(
      'The forum did not work: students would not post without marks attached.',
    );
    expect(failed.label).toBe('reflection');
    expect(failed.cues).toContain('evaluation: "did not work"');
  });

  it('reads evaluation with causal reasoning as reflection', () => {
    const result = classifyParagraph(
      'Looking back, the pilot worked because students could rehearse in private, which meant the quieter ones finally spoke.',
    );
    expect(result.label).toBe('reflection');
    expect(result.cues).toEqual(
      expect.arrayContaining([
        'looking back: "Looking back"',
        'causal reasoning + judgement: "because"',
      ]),
    );
  });

  it('reads reflection without first person', () => {
    const result = classifyParagraph(
      'The weakness of the pilot was its timing, which meant that students met the tool during revision. A template seems to work best when it is a floor rather than a ceiling.',
    );
    expect(result.label).toBe('reflection');
    expect(result.cues).toContain('evaluation: "The weakness"');
  });

  it('reads changed practice and theory as reflection', () => {
    const result = classifyParagraph(
      "Laurillard's Conversational Framework showed me what the module lacked. I now open every session with the students' questions.",
    );
    expect(result.label).toBe('reflection');
    expect(result.cues).toEqual(
      expect.arrayContaining(['changed practice: "I now"', 'theory: "Laurillard"']),
    );
  });

  it('gives balanced description and reflection to reflection when a judgement is the point', () => {
    const result = classifyParagraph(
      'In 2023 I moved 46 lab reports into Moodle assignments. In hindsight that was a mistake, because the demonstrators had never been trained.',
    );
    expect(result.label).toBe('reflection');
    expect(result.cues.at(-1)).toBe('balanced: a judgement or learning statement is the point');
  });
});

describe('classifyByCues: evidence', () => {
  it('reads pointers to appendices and files as evidence', () => {
    const result = classifyParagraph(
      'Appendix C contains the evaluation report, and the storyboard is attached as storyboard-v3.pdf.',
    );
    expect(result.label).toBe('evidence');
    expect(result.cues).toEqual(
      expect.arrayContaining([
        'pointer to evidence: "Appendix C"',
        'file name: "storyboard-v3.pdf"',
      ]),
    );
  });

  it('reads quoted feedback as evidence, not as the author reflecting', () => {
    const result = classifyParagraph(
      'One lecturer wrote: "I realised I had never listened to my own slides. Next time I will fix them first." The full email is in Evidence 3.',
    );
    expect(result.label).toBe('evidence');
    expect(result.cues).toContain('quoted feedback: "One lecturer wrote"');
    expect(result.cues.join(' ')).not.toContain('epistemic');
  });
});

describe('classifyByCues: other', () => {
  it.each([
    [
      'Candidates should demonstrate their understanding of teaching, learning and assessment.',
      'ALT guidance voice',
    ],
    ['Back to top', 'navigation'],
    ['Next: Core Area 2. Previous: Core Area 1.', 'navigation'],
    ['I would like to thank my mentor for her comments on early drafts.', 'acknowledgement'],
    ['In this section I describe two examples of my work on policy.', 'about the portfolio itself'],
    [
      'I confirm that this portfolio is my own work. Signed: A. Candidate. Date: 4 March 2024.',
      'declaration',
    ],
  ])('reads %j as other (%s)', (text, cue) => {
    const result = classifyParagraph(text);
    expect(result.label).toBe('other');
    expect(result.cues.join(' ')).toContain(cue);
  });

  it('reads a reference-list entry as other', () => {
    expect(
      classifyParagraph(
        'Salmon, G. (2013) E-tivities: The Key to Active Online Learning. London: Routledge.',
      ),
    ).toEqual({
      label: 'other',
      confidence: 1,
      cues: ['bibliography entry: "Salmon, G. (2013)"'],
      reflectionShare: 0,
      sentences: [],
    });
  });

  it('reads empty text as other', () => {
    expect(classifyParagraph('  \n ').label).toBe('other');
  });
});

describe('classifyByCues: contract', () => {
  const text =
    'I ran a workshop for 18 staff in March. I think it went well, but next time I would make it shorter.';

  it('is deterministic', () => {
    expect(classifyParagraph(text)).toEqual(classifyParagraph(text));
  });

  it('gives a confidence between 0 and 1 with two decimals, and at most five cues', () => {
    const { confidence, cues } = classifyParagraph(text);
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
    expect(Math.round(confidence * 100) / 100).toBe(confidence);
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.length).toBeLessThanOrEqual(5);
  });

  it('is more confident when every sentence agrees', () => {
    const unanimous = classifyParagraph(
      'I realised the quiz tested recall. Next time I will test application.',
    );
    const mixed = classifyParagraph(text);
    expect(unanimous.confidence).toBeGreaterThan(mixed.confidence);
  });

  it('treats line breaks inside a paragraph as spaces', () => {
    expect(
      classifyParagraph('Looking back, the pilot\nworked because students\nrehearsed.').label,
    ).toBe('reflection');
  });
});
