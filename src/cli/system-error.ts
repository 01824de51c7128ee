import { UserError } from './user-error.js';

interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === 'string';
}

/** What a failed read or write means to the user, and what to do, by the system's error code. */
const MEANINGS: Record<string, { says: string; hint: string }> = {
  ENOSPC: {
    says: 'could not be written: the disk is full',
    hint: 'Free some space (or build to another disk with --out), then run the command again.',
  },
  EDQUOT: {
    says: 'could not be written: your disk quota is used up',
    hint: 'Free some space (or build to another disk with --out), then run the command again.',
  },
  EFBIG: {
    says: 'could not be written: the file grew too large for this disk or account',
    hint: 'Free some space or raise the file size limit, or build to another disk with --out.',
  },
  EISDIR: {
    says: 'is a folder, so cmalt could not write a file there',
    hint: 'Rename or move that folder (cmalt will not touch it), or choose another path.',
  },
  ENOTDIR: {
    says: 'could not be written: part of that path is a file, not a folder',
    hint: 'Rename or move the file that stands where a folder should be, then run the command again.',
  },
  EACCES: {
    says: 'could not be read or written: permission denied',
    hint: 'Check the permissions of that file or folder, or choose another path.',
  },
  EPERM: {
    says: 'could not be changed: the operation is not permitted',
    hint: 'Check the permissions of that file or folder, or choose another path.',
  },
  EROFS: {
    says: 'could not be written: the disk is read-only',
    hint: 'Choose a folder on a disk you can write to.',
  },
  EMFILE: {
    says: 'could not be opened: too many files are open at once',
    hint: 'Close other programs, or raise the open-file limit (ulimit -n), and run the command again.',
  },
};

/**
 * A failed read or write (a full disk, a folder where a file should go) as a message the user
 * can act on, naming the path; undefined for anything that is not such a failure.
 */
export function systemErrorAsUserError(error: unknown): UserError | undefined {
  if (!isSystemError(error)) return undefined;
  const meaning = MEANINGS[error.code];
  if (!meaning) return undefined;
  const where = error.dest ?? error.path;
  return new UserError(`${where ?? 'a file'} ${meaning.says} (${error.code})`, meaning.hint);
}
