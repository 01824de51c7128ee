import { describe, expect, it } from 'vitest';
import { addMonths, inDays, keyDates, parseIsoDate } from '../../src/status/dates.js';

describe('the dates that matter', () => {
  it('counts the submission window and the end of registration from `registered:`', () => {
    const dates = keyDates({ registered: '2026-03-14' }, '2026-07-01');
    expect(dates.map((d) => [d.id, d.date, d.days])).toEqual([
      ['registered', '2026-03-14', -109],
      ['window-opens', '2026-06-14', -17],
      ['recommended-by', '2026-07-14', 13],
      ['window-closes', '2026-09-14', 75],
      ['registration-ends', '2028-03-14', 622],
    ]);
    expect(dates.find((d) => d.id === 'window-opens')?.note).toBe(
      'you can submit whenever you are ready',
    );
  });

  it('says kindly that a passed suggestion is not a deadline', () => {
    const dates = keyDates({ registered: '2026-03-14' }, '2026-12-07');
    const closes = dates.find((d) => d.id === 'window-closes');
    expect(closes?.days).toBe(-84);
    expect(closes?.note).toBe(
      'still a suggestion, not a deadline: your registration runs until 2028-03-14',
    );
    const ended = keyDates({ registered: '2024-01-10' }, '2026-02-01').find(
      (d) => d.id === 'registration-ends',
    );
    expect(ended).toMatchObject({ date: '2026-01-10', days: -22 });
    expect(ended?.note).toMatch(/has ended/);
  });

  it('counts the 3-yearly review from `awarded:`, and leaves out the submission window then', () => {
    const dates = keyDates({ registered: '2026-03-14', awarded: '2026-09-30' }, '2027-01-15');
    expect(dates.map((d) => [d.id, d.date, d.days])).toEqual([
      ['registered', '2026-03-14', -307],
      ['awarded', '2026-09-30', -107],
      ['review-due', '2029-09-30', 989],
    ]);
  });

  it('gives nothing without dates, and refuses a today that is not a date', () => {
    expect(keyDates({}, '2026-07-01')).toEqual([]);
    expect(() => keyDates({}, '2026-02-30')).toThrow(/YYYY-MM-DD/);
  });

  it('adds months as people count them, and says days in words', () => {
    expect(addMonths(parseIsoDate('2026-08-31')!, 6).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(addMonths(parseIsoDate('2027-08-31')!, 6).toISOString().slice(0, 10)).toBe('2028-02-29');
    expect(parseIsoDate('2026-13-01')).toBeUndefined();
    expect([inDays(0), inDays(1), inDays(-1), inDays(12), inDays(-3)]).toEqual([
      'today',
      'tomorrow',
      'yesterday',
      'in 12 days',
      '3 days ago',
    ]);
  });
});
