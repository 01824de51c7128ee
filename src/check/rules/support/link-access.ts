/**
 * Where evidence sits behind a login. Each test names the place, so the message can say which
 * login the assessor would meet.
 */
const PLACES: { place: string; test: (url: URL) => boolean }[] = [
  { place: 'OneDrive for work', test: (u) => u.hostname.endsWith('-my.sharepoint.com') },
  { place: 'SharePoint', test: (u) => u.hostname.endsWith('sharepoint.com') },
  {
    place: 'Google Drive',
    // Published Google documents (/pub, /pubhtml, /d/e/...) are public.
    test: (u) =>
      (u.hostname === 'drive.google.com' || u.hostname === 'docs.google.com') &&
      !/\/pub(?:html)?\b|\/d\/e\//.test(u.pathname),
  },
  { place: 'Microsoft Teams', test: (u) => /^teams\.(?:microsoft|live)\.com$/.test(u.hostname) },
  { place: 'a Moodle course', test: (u) => /\/course\/view\.php|\/mod\/[a-z]+\//.test(u.pathname) },
  { place: 'Blackboard', test: (u) => /\/webapps\/|\/ultra\/course/.test(u.pathname) },
  { place: 'a Canvas course', test: (u) => /\/courses\/\d+/.test(u.pathname) },
  { place: 'Brightspace', test: (u) => /\/d2l\//.test(u.pathname) },
  {
    place: 'an intranet',
    test: (u) => /(?:^|\.)intranet\./.test(u.hostname) || /\/intranet(?:\/|$)/i.test(u.pathname),
  },
  {
    place: 'a login page',
    test: (u) =>
      /(?:^|\.)(?:login|sso|signin|idp|auth)\./.test(u.hostname) ||
      /\/(?:login|sso|signin|sign-in)(?:[/.?]|$)/i.test(u.pathname),
  },
];

/** What a reader writes when they have arranged access for assessors. */
export const ACCESS_DETAILS =
  /guest (?:access|account|log ?in|user)|password|user ?name|log ?-?in details|access details|assessor (?:account|access|log ?in)|anyone with the link|public(?:ly)? (?:available|accessible|viewable|link)|open to anyone|no log ?-?in|without (?:a |an )?(?:log ?-?in|account)|enrol(?:ment)? key|access (?:code|key)|credentials/i;

/** The login-protected place a web link points into, or undefined when it looks public. */
export function protectedPlace(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return PLACES.find((p) => p.test(parsed))?.place;
}
