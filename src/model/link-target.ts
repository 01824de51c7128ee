/** What a link points at, in the terms rules and the builder share. */
export type TargetKind = 'web' | 'email' | 'anchor' | 'local' | 'computer' | 'other';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const WINDOWS_DRIVE = /^[a-z]:[\\/]/i;

export function targetKind(url: string): TargetKind {
  const trimmed = url.trim();
  if (!trimmed) return 'other';
  if (trimmed.startsWith('#')) return 'anchor';
  if (WINDOWS_DRIVE.test(trimmed) || /^file:/i.test(trimmed) || trimmed.startsWith('\\\\'))
    return 'computer';
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return 'web';
  if (scheme === 'mailto') return 'email';
  if (scheme) return 'other';
  if (trimmed.startsWith('//')) return 'web';
  return 'local';
}

export function isLocalTarget(url: string): boolean {
  return targetKind(url) === 'local';
}

/** Splits a local link into its decoded path and anchor. */
export function splitLocal(url: string): { path: string; anchor?: string } {
  const [rawPath = '', ...rest] = url.trim().split('#');
  const anchor = rest.length ? rest.join('#') : undefined;
  const withoutQuery = rawPath.split('?')[0] ?? '';
  let decoded = withoutQuery;
  try {
    decoded = decodeURIComponent(withoutQuery);
  } catch {
    // A stray % is left as written; the resolver reports it as missing.
  }
  return {
    path: decoded.replace(/\\/g, '/'),
    anchor: anchor === undefined ? undefined : safeDecode(anchor),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** One key per target, so `./evidence/a.pdf` and `evidence/a%20b.pdf` style spellings count once. */
export function targetKey(url: string): string {
  if (targetKind(url) !== 'local') return url.trim();
  const { path, anchor } = splitLocal(url);
  const clean = path.replace(/^\.\//, '').replace(/\/+/g, '/');
  return anchor ? `${clean}#${anchor}` : clean;
}
