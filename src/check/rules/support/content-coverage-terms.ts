/**
 * Names of laws and of policies or standards that candidates write in core area 3. Detection is a
 * fallback for portfolios that do not declare `covers:` in front matter, so it leans towards
 * finding something: a missed name costs a needless warning, a loose match only a missed one.
 */

export interface Coverage {
  laws: string[];
  policies: string[];
}

const LAWS: RegExp[] = [
  /\b(?:UK\s+|EU\s+)?GDPR\b/g,
  /\bGeneral Data Protection Regulation\b/gi,
  /\bData Protection Act(?:\s+(?:19|20)\d{2})?/gi,
  /\bEquality Act(?:\s+20\d{2})?/gi,
  /\bCopyright,?\s+Designs,?\s+and\s+Patents\s+Act(?:\s+19\d{2})?|\bCDPA\b/gi,
  /\bFreedom of Information(?:\s+Act)?(?:\s+(?:19|20)\d{2})?|\bFOIA?\b/g,
  /\bPSBAR\b|\bPublic Sector Bodies\b[^.]{0,60}?\bAccessibility\s+Regulations(?:\s+20\d{2})?|\baccessibility regulations(?:\s+20\d{2})?/gi,
  /\bComputer Misuse Act(?:\s+19\d{2})?/gi,
  /\bPrevent duty\b|\bCounter-Terrorism and Security Act(?:\s+20\d{2})?/gi,
  /\bDisability Discrimination Act(?:\s+(?:19|20)\d{2})?/gi,
  /\bFERPA\b|\bADA\b|\bAmericans with Disabilities Act\b|\bSection 508\b|\bPIPEDA\b|\bPOPIA\b/g,
  /\b(?:Privacy|Human Rights|Online Safety|Digital Economy|Children|Copyright) Act\b/g,
  /\bWeb Accessibility Directive\b/gi,
  // A local law written out in full: "Children and Families Act 2014", "Copyright Act 1968".
  /\b(?:[A-Z][\p{L}'’-]*,?\s+(?:(?:and|of|for|the|on|in)\s+)*){1,6}Act\s+(?:1[89]|20)\d{2}\b/gu,
  // The area of law named without the Act: "copyright law", "data protection legislation".
  /\b(?:copyright|data protection|intellectual property|accessibility|equality|privacy)\s+(?:law|legislation|regulations?)\b/gi,
];

const POLICIES: RegExp[] = [
  /\bWCAG(?:\s*\d(?:\.\d)?)?(?:\s+A{1,3}\b)?/g,
  /\b(?:[\p{L}'’-]+\s+){0,3}(?:polic(?:y|ies))\b/giu,
  /\b(?:[\p{L}'’-]+\s+){0,2}codes? of (?:practice|conduct)\b/giu,
  /\b(?:[\p{L}'’-]+\s+){0,3}frameworks?\b/giu,
  /\b(?:[\p{L}'’-]+\s+){0,2}standards?\b/giu,
  /\bISO(?:\/IEC)?\s*\d{3,5}(?::\d{4})?/g,
  /\bQAA\b|\bQuality Code\b/g,
  /\bIMS\b|\bLTI\b|\bSCORM\b|\bxAPI\b|\bExperience API\b|\bQTI\b|\bCommon Cartridge\b/g,
  /\baccessibility statements?\b/gi,
];

const LEADING =
  /^(?:(?:the|a|an|our|my|their|its|this|that|these|those|with|of|to|and|in|on|for|by|under|from|as|which|whose|new|current|existing)\s+)+/i;

function findAll(text: string, patterns: RegExp[]): string[] {
  const found = new Map<string, string>();
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const name = match[0].replace(LEADING, '').replace(/\s+/g, ' ').trim();
      const key = name
        .toLowerCase()
        .replace(/\b(?:uk|eu)\s+/g, '')
        .replace(/\s+(?:19|20)\d{2}$/, '');
      if (name && !found.has(key)) found.set(key, name);
    }
  }
  // "In March the Data Protection Act 2018" and "Data Protection Act 2018" are one law.
  const keys = [...found.keys()];
  return keys
    .filter((key) => !keys.some((other) => other !== key && key.includes(other)))
    .map((key) => found.get(key) ?? key);
}

/** Laws, and policies or standards, that a stretch of the candidate's text names. */
export function detectCoverage(text: string): Coverage {
  return { laws: findAll(text, LAWS), policies: findAll(text, POLICIES) };
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value))
    return value
      .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
      .map(String)
      .filter((v) => v.trim());
  return [];
}

/** `covers: { laws: [...], policies: [...] }` from a section's front matter, or undefined when not declared. */
export function declaredCoverage(data: Record<string, unknown>): Coverage | undefined {
  const covers = data.covers;
  if (!covers || typeof covers !== 'object' || Array.isArray(covers)) return undefined;
  const record = covers as Record<string, unknown>;
  const laws = [...names(record.laws), ...names(record.legislation)];
  const policies = [...names(record.policies), ...names(record.standards)];
  if (!(
    'laws' in record ||
    'legislation' in record ||
    'policies' in record ||
    'standards' in record
  ))
    return undefined;
  return { laws, policies };
}
