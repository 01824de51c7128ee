export type PersonalKind = 'email' | 'phone' | 'student-id';

export interface PersonalMatch {
  kind: PersonalKind;
  value: string;
  index: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** UK numbers: 0 or +44, then 9 to 10 more digits with single spaces, dashes or brackets. */
const UK_PHONE =
  /(?<![\w+/.,£$€-])(?:\+44\s?(?:\(0\)\s?)?|\(?0(?=[1-9]))(?:\d[\s)-]?){8,10}\d(?![\w/.,%-]*\d)/g;
const INTERNATIONAL_PHONE =
  /(?<![\w+])\+(?!44)[1-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?(?:\d[\s.-]?){6,12}\d(?!\d)/g;
/** University login-style student ids: s1234567, u1234567. */
const LETTER_ID = /\b[su]\d{7,8}\b/gi;
const NUMBER_ID = /(?<![\d.,/-])\d{7,10}(?![\d.,/-]*\d)/g;
/** Words that make a 7 to 10 digit number someone's id rather than a count or a reference. */
const ID_CUE =
  /(?:\b(?:student|learner|pupil|matric(?:ulation)?|enrol(?:l)?ment|candidate|staff|employee|payroll)\b[^.!?]{0,30}|\bID\b[^.!?]{0,15})$/i;
/** Numbers that identify a publication or an organisation, not a person. */
const NOT_AN_ID =
  /\b(?:ISBN|ISSN|DOI|ORCID|charity|company|VAT|UKPRN|URN|grant|invoice|order|ticket)\b[^.]{0,20}$/i;
/** A phone number for an office or service desk is an organisation's, not a person's. */
const SHARED_LINE =
  /\b(?:office|reception|switchboard|help ?desk|service ?desk|helpline|enquir(?:y|ies)|main line)\b/i;
/** Shared mailboxes are not anyone's personal data. */
const ROLE_MAILBOX =
  /^(?:info|enquiries|inquiries|support|help|helpdesk|servicedesk|it-?help|ithelp|admin|office|reception|contact|hello|team|webmaster|no-?reply|elearning|e-learning|tel|dle|vle|moodle|digital|learning|library|dpo|data-?protection|foi|accessibility|cmalt|alt)(?:[.-][a-z]+)?$/i;

/** E-mail addresses, phone numbers and student ids in a run of text, in order. */
export function findPersonalData(text: string): PersonalMatch[] {
  const found: PersonalMatch[] = [];
  const taken: [number, number][] = [];
  const add = (kind: PersonalKind, value: string, index: number) => {
    const end = index + value.length;
    if (taken.some(([from, to]) => index < to && end > from)) return;
    taken.push([index, end]);
    found.push({ kind, value, index });
  };
  for (const m of text.matchAll(EMAIL)) {
    const local = m[0].split('@')[0] ?? '';
    if (!ROLE_MAILBOX.test(local)) add('email', m[0], m.index);
  }
  for (const pattern of [UK_PHONE, INTERNATIONAL_PHONE]) {
    for (const m of text.matchAll(pattern)) {
      const value = m[0].trim();
      const digits = value.replace(/\D/g, '').length;
      if (digits < 10 || digits > 15) continue;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const around = before + text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (/^\d-\d/.test(value) || NOT_AN_ID.test(before) || SHARED_LINE.test(around)) continue;
      add('phone', value, m.index);
    }
  }
  for (const m of text.matchAll(LETTER_ID)) add('student-id', m[0], m.index);
  for (const m of text.matchAll(NUMBER_ID)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (ID_CUE.test(before) && !NOT_AN_ID.test(before)) add('student-id', m[0], m.index);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Enough of a value to find it again, not enough to pass it on: `j.sm***@example.ac.uk`. */
export function mask(match: Pick<PersonalMatch, 'kind' | 'value'>): string {
  const { kind, value } = match;
  if (kind === 'email') {
    const [local = '', domain = ''] = value.split('@');
    const keep = Math.min(4, Math.ceil(local.length / 2));
    return `${local.slice(0, keep)}***@${domain}`;
  }
  if (kind === 'phone') {
    const total = value.replace(/\D/g, '').length;
    let seen = 0;
    return value.replace(/\d/g, (d) => {
      seen++;
      return seen <= 4 || seen > total - 2 ? d : '*';
    });
  }
  return value.length > 4 ? `${value.slice(0, 2)}***${value.slice(-2)}` : '***';
}
