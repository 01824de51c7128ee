/** A place where evidence sits behind a login, and the words a candidate uses to name it. */
export interface LoginPlace {
  place: string;
  names: RegExp;
}

/**
 * Where evidence sits behind a login. Each test names the place, so the message can say which
 * login the assessor would meet.
 */
const PLACES: (LoginPlace & { test: (url: URL) => boolean })[] = [
  {
    place: 'OneDrive for work',
    names: /onedrive|sharepoint/i,
    test: (u) => u.hostname.endsWith('-my.sharepoint.com'),
  },
  { place: 'SharePoint', names: /sharepoint/i, test: (u) => u.hostname.endsWith('sharepoint.com') },
  {
    place: 'Google Drive',
    names: /google (?:drive|docs?)/i,
    // Published Google documents (/pub, /pubhtml, /d/e/...) are public.
    test: (u) =>
      (u.hostname === 'drive.google.com' || u.hostname === 'docs.google.com') &&
      !/\/pub(?:html)?\b|\/d\/e\//.test(u.pathname),
  },
  {
    place: 'Microsoft Teams',
    names: /\bteams\b/i,
    test: (u) => /^teams\.(?:microsoft|live)\.com$/.test(u.hostname),
  },
  {
    place: 'a Moodle course',
    names: /moodle|\bvle\b/i,
    test: (u) => /\/course\/view\.php|\/mod\/[a-z]+\//.test(u.pathname),
  },
  {
    place: 'Blackboard',
    names: /blackboard|\bvle\b/i,
    test: (u) => /\/webapps\/|\/ultra\/course/.test(u.pathname),
  },
  {
    place: 'a Canvas course',
    names: /canvas|\bvle\b/i,
    test: (u) => /\/courses\/\d+/.test(u.pathname),
  },
  {
    place: 'Brightspace',
    names: /brightspace|d2l|\bvle\b/i,
    test: (u) => /\/d2l\//.test(u.pathname),
  },
  {
    place: 'an intranet',
    names: /intranet/i,
    test: (u) => /(?:^|\.)intranet\./.test(u.hostname) || /\/intranet(?:\/|$)/i.test(u.pathname),
  },
  {
    place: 'a login page',
    names: /(?!)/,
    test: (u) =>
      /(?:^|\.)(?:login|sso|signin|idp|auth)\./.test(u.hostname) ||
      /\/(?:login|sso|signin|sign-in)(?:[/.?]|$)/i.test(u.pathname),
  },
];

/** Access arranged for assessors, said anywhere in the section: specific enough to trust there. */
export const ACCESS_DETAILS =
  /guest (?:access|account|log ?-?in|user)|password|user ?name|log ?-?in details|access details|assessor (?:account|access|log ?-?in)|credentials/i;

/** Sharing settings that only make sense said beside the link itself. */
export const OPEN_ACCESS =
  /anyone with the link|public(?:ly)? (?:available|accessible|viewable|link)|open to anyone|no log ?-?in|without (?:a |an )?(?:log ?-?in|account)|enrol(?:ment)? key|access (?:code|key)/i;

const WEB_ADDRESS = /^\s*https?:/i;

/** The login-protected place a web link points into, or undefined when it looks public. */
export function protectedPlace(url: string): LoginPlace | undefined {
  // Most links are to the portfolio's own files, which are not worth a failed URL parse each.
  if (!WEB_ADDRESS.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return PLACES.find((p) => p.test(parsed));
}

/** A note for assessors anywhere in the portfolio that gives access to this kind of place. */
export function isAccessNoteFor(text: string, place: LoginPlace): boolean {
  return /assessors?/i.test(text) && ACCESS_DETAILS.test(text) && place.names.test(text);
}
