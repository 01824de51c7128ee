/**
 * Names of laws and of policies or standards that candidates write in core area 3. Detection is a
 * fallback for portfolios that do not declare `covers:` in front matter, so it leans towards
 * finding something: a loose match costs only a missed warning, a missed name a needless one.
 */

export interface Coverage {
  laws: string[];
  policies: string[];
}

/** Most specific first: where two patterns match the same words, the earlier one names them. */
const LAWS: RegExp[] = [
  /\b(?:UK\s+|EU\s+)?GDPR\b/g,
  /\b(?:UK\s+|EU\s+)?General Data Protection Regulation\b/gi,
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
  // The area of law named without the Act, in running text: "copyright law", "data protection legislation".
  /\b(?:[Cc]opyright|[Dd]ata protection|[Ii]ntellectual property|[Aa]ccessibility|[Ee]quality|[Pp]rivacy) (?:law|legislation|regulations?)\b/g,
];

// Capitalised words, the last of them right before the kind, so "But the framework" is not a name.
const NAMED = String.raw`(?:[A-Z][\p{L}\p{N}'’&.-]*\s+(?:(?:and|of|for|in|on|the|to)\s+)*){0,7}[A-Z][\p{L}\p{N}'’&.-]*\s+`;

const POLICIES: RegExp[] = [
  /\bWCAG(?:\s*\d(?:\.\d)?)?(?:\s+A{1,3}\b)?/g,
  /\bISO(?:\/IEC)?\s*\d{3,5}(?::\d{4})?/g,
  /\bQAA\b|\bQuality Code\b/g,
  /\bIMS\b|\bLTI\b|\bSCORM\b|\bxAPI\b|\bExperience API\b|\bQTI\b|\bCommon Cartridge\b/g,
  /\baccessibility statements?\b/gi,
  // A named policy or standard: "Lecture Capture Policy", "Core Skills Training Framework".
  new RegExp(
    String.raw`\b${NAMED}(?:[Pp]olic(?:y|ies)|[Ff]rameworks?|[Ss]tandards?|[Gg]uidelines|[Cc]odes? of (?:[Pp]ractice|[Cc]onduct)|[Rr]ubric)\b`,
    'gu',
  ),
  // Named only by kind: "the university's policy", "the framework".
  /\b(?:polic(?:y|ies)|frameworks?|standards?|codes? of (?:practice|conduct))\b/gi,
];

const LEADING =
  /^(?:(?:the|a|an|our|my|their|its|this|that|these|those|in|on|for|by|under|as|when|while|since)\s+)+/i;

function findAll(text: string, patterns: RegExp[]): string[] {
  const taken: [number, number][] = [];
  const found = new Map<string, string>();
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const name = match[0].replace(LEADING, '').replace(/\s+/g, ' ').trim();
      const key = name
        .toLowerCase()
        .replace(/\b(?:uk|eu)\s+/g, '')
        .replace(/\s+(?:19|20)\d{2}$/, '');
      if (name && !found.has(key)) found.set(key, name);
    }
  }
  return [...found.values()];
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
      .map((v) => String(v).trim())
      .filter(Boolean);
  return [];
}

/** `covers: { laws: [...], policies: [...] }` from a section's front matter, or undefined when not declared. */
export function declaredCoverage(data: Record<string, unknown>): Coverage | undefined {
  const covers = data.covers;
  if (!covers || typeof covers !== 'object' || Array.isArray(covers)) return undefined;
  const record = covers as Record<string, unknown>;
  if (!['laws', 'legislation', 'policies', 'standards'].some((key) => key in record))
    return undefined;
  return {
    laws: [...names(record.laws), ...names(record.legislation)],
    policies: [...names(record.policies), ...names(record.standards)],
  };
}
