import type { Outline } from '../outline/load-outline.js';
import type { PathwayId } from '../outline/schema.js';
import type { ScaffoldOptions } from '../init/scaffold-options.js';

const OWN = '__own__';

/** Every question init may ask, behind one module; each has a flag, so scripts never need it. */
export async function askScaffoldOptions(
  outline: Outline,
  given: Partial<ScaffoldOptions>,
): Promise<ScaffoldOptions> {
  const { input, select, checkbox } = await import('@inquirer/prompts');
  const candidate =
    given.candidate ??
    (
      await input({
        message: 'Your name, as it should appear on the portfolio:',
        validate: (v) => v.trim().length > 0 || 'Please type your name.',
      })
    ).trim();
  const pathway: PathwayId =
    given.pathway ??
    (await select({
      message: 'Which pathway did you register for?',
      choices: outline.pathways.map((p) => ({
        name: p.title,
        value: p.id,
        description: p.summary,
      })),
      default: 'cmalt',
    }));
  const counts = outline.pathways.find((p) => p.id === pathway);
  let specialist = given.specialist ?? [];
  if (!given.specialist?.length && counts && (counts.specialist.max ?? 1) > 0) {
    const exact =
      counts.specialist.max === counts.specialist.min ? counts.specialist.min : undefined;
    const list = outline.specialistAreas[pathway === 'senior' ? 'senior' : 'cmalt'];
    const picked = await checkbox({
      message: exact
        ? `Choose exactly ${exact} specialist areas (or type your own):`
        : 'Choose your specialist area(s), or type your own:',
      choices: [
        ...list.map((t) => ({ name: t, value: t })),
        { name: 'Another area: I will type its title', value: OWN },
      ],
      validate: (chosen) => {
        if (!chosen.length) return 'Choose at least one.';
        if (exact && chosen.length !== exact)
          return `Senior CMALT needs exactly ${exact} specialist areas.`;
        return true;
      },
    });
    specialist = [];
    for (const title of picked) {
      specialist.push(
        title === OWN
          ? (
              await input({
                message: 'Title of your specialist area:',
                validate: (v) => v.trim().length > 0,
              })
            ).trim()
          : title,
      );
    }
  }
  let advanced = given.advanced ?? [];
  if (pathway === 'senior' && !advanced.length) {
    advanced = [
      (
        await input({
          message: 'Title of your advanced area (leadership in practice, policy or research):',
          validate: (v) => v.trim().length > 0,
        })
      ).trim(),
    ];
  }
  const assessor =
    given.assessor ??
    ((
      await input({
        message: 'Nominated assessor (optional; not your line manager). Leave empty to skip:',
      })
    ).trim() ||
      undefined);
  const registered =
    given.registered ??
    (
      await input({
        message: 'Date you registered for CMALT (YYYY-MM-DD):',
        default: new Date().toISOString().slice(0, 10),
        validate: (v) =>
          /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) || 'Use the form YYYY-MM-DD, e.g. 2026-03-14.',
      })
    ).trim();
  return { candidate, pathway, specialist, advanced, assessor, registered };
}
