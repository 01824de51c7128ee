/** Counting who did the work: "we", "our" and "the team" against "I", "my" and "me". */

const WE = /\b(?:we|our|ours|ourselves|us|the team)\b/gi;
/**
 * "Our students", "our VLE": the candidate's setting, not a claim about who did the work,
 * so "our" before these words is not counted.
 */
const SETTING =
  /^\s+(?:own\s+)?(?:learners?|students?|pupils?|apprentices?|trainees?|staff|colleagues?|teachers?|academics?|lecturers?|tutors?|clinicians?|nurses?|patients?|users?|community|institution|organi[sz]ation|university|college|school|trust|faculty|department|campus|sector|country|region|city|library|vle|lms|moodle|canvas|blackboard|website|intranet|context)\b/i;
const I = /\bI\b|\b(?:my|me|mine|myself)\b/gi;

export interface PronounCount {
  we: number;
  i: number;
  /** The first few "we" words with the word after each, to show the evidence. */
  weExamples: string[];
}

export function countPronouns(texts: string[], examples = 3): PronounCount {
  let we = 0;
  let i = 0;
  const weExamples: string[] = [];
  for (const raw of texts) {
    // "US" (the country) is not "us"; "i" in lower case is not a pronoun candidates write.
    const text = raw.replace(/\bUS\b/g, ' ');
    for (const match of text.matchAll(WE)) {
      const after = text.slice((match.index ?? 0) + match[0].length);
      if (/^our$/i.test(match[0]) && SETTING.test(after)) continue;
      we++;
      if (weExamples.length >= examples) continue;
      const next = /^\s+([\p{L}'’-]+)/u.exec(after)?.[1];
      weExamples.push(next ? `${match[0]} ${next}` : match[0]);
    }
    i += [...text.matchAll(I)].filter((m) => m[0] !== 'i').length;
  }
  return { we, i, weExamples };
}
