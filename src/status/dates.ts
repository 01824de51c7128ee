import type { Config } from '../config/schema.js';

/** A calendar date, YYYY-MM-DD, with no time of day and no time zone. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The date as a UTC midnight, or undefined when the text is not a real calendar date. */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2026-02-30 rolls over to March: not a date anyone meant.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

export function formatIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The calendar date of a moment where the user is (the CLI's "today"). */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Adds whole months as people count them: 31 August plus 6 months is the last day of
 * February, not 3 March.
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export type KeyDateId =
  | 'registered'
  | 'window-opens'
  | 'recommended-by'
  | 'window-closes'
  | 'registration-ends'
  | 'awarded'
  | 'review-due';

/** One date that matters to a candidate, with how far it is from today. */
export interface KeyDate {
  id: KeyDateId;
  /** What the date is, in the candidate's words. */
  label: string;
  date: IsoDate;
  /** Days from today: positive ahead, 0 today, negative past. */
  days: number;
  /** What it means now, said kindly. */
  note: string;
}

/**
 * The schedule ALT describes. Registration is valid for 2 years; ALT suggests submitting
 * within 6 months of registering, 3 to 4 recommended; the certificate lasts 3 years, then the
 * portfolio review. Kept as data so a change in ALT's guidance is a change here only.
 */
export const SCHEDULE = {
  registrationMonths: 24,
  windowOpensMonths: 3,
  recommendedByMonths: 4,
  windowClosesMonths: 6,
  certificateMonths: 36,
} as const;

export function inDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** The dates that follow from `registered:` and `awarded:` in cmalt.yml, in date order. */
export function keyDates(
  config: Pick<Config, 'registered' | 'awarded'>,
  today: IsoDate,
): KeyDate[] {
  const now = parseIsoDate(today);
  if (!now) throw new RangeError(`today must be a date in the form YYYY-MM-DD, not "${today}"`);
  const dates: KeyDate[] = [];
  const add = (id: KeyDateId, label: string, date: Date, note: (days: number) => string) => {
    const days = daysBetween(now, date);
    dates.push({ id, label, date: formatIsoDate(date), days, note: note(days) });
  };

  const registered = config.registered ? parseIsoDate(config.registered) : undefined;
  const awarded = config.awarded ? parseIsoDate(config.awarded) : undefined;
  if (registered && awarded) add('registered', 'registered', registered, () => '');
  // Once CMALT is awarded the submission dates no longer matter; the review does.
  if (registered && !awarded) {
    const ends = addMonths(registered, SCHEDULE.registrationMonths);
    const endsText = `your registration runs until ${formatIsoDate(ends)}`;
    add('registered', 'registered', registered, (d) =>
      d > 0 ? 'your registration starts then' : d === 0 ? 'welcome to CMALT' : '',
    );
    add(
      'window-opens',
      'suggested submission window opens (3 months)',
      addMonths(registered, SCHEDULE.windowOpensMonths),
      (d) =>
        d > 0
          ? 'plenty of time to write and gather evidence'
          : 'you can submit whenever you are ready',
    );
    add(
      'recommended-by',
      'recommended submission (3 to 4 months)',
      addMonths(registered, SCHEDULE.recommendedByMonths),
      (d) => (d >= 0 ? 'a good point to aim for' : `a suggestion, not a deadline: ${endsText}`),
    );
    add(
      'window-closes',
      'suggested submission window closes (6 months)',
      addMonths(registered, SCHEDULE.windowClosesMonths),
      (d) =>
        d >= 0
          ? 'ALT suggests submitting by then'
          : `still a suggestion, not a deadline: ${endsText}`,
    );
    add('registration-ends', 'registration ends (2 years)', ends, (d) =>
      d >= 0
        ? 'submit before then'
        : 'your registration has ended: ALT can tell you what your options are',
    );
  }

  if (awarded) {
    add('awarded', 'CMALT awarded', awarded, () => 'congratulations');
    add(
      'review-due',
      'portfolio review due (3 years)',
      addMonths(awarded, SCHEDULE.certificateMonths),
      (d) =>
        d >= 0
          ? 'add the review with `cmalt init --review` when you start on it'
          : 'the review is due: `cmalt init --review` adds its sections to this portfolio',
    );
  }
  return dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
