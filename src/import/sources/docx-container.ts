import { Inflate } from 'fflate';
import { SourceError } from './source-error.js';

/** More than any real portfolio: ALT asks for submissions under 25 MB, images included. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Word's XML packs 5 to 20 times; a part packed far tighter than this is built to explode. */
export const MAX_RATIO = 200;
/** Parts smaller than this may pack as tightly as they like (a blank style sheet packs 100:1). */
const RATIO_FLOOR_BYTES = 10 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/**
 * Looks at a .docx before anything inflates it: the kind of file it really is, then the sizes the
 * zip's central directory claims, then each part inflated in small steps and stopped as soon as it
 * outgrows its claim. Only a file that passes is handed to the converter.
 */
export function checkDocxContainer(bytes: Uint8Array, file: string): ZipEntry[] {
  if (startsWith(bytes, OLE_SIGNATURE)) throw oleError(bytes, file);
  if (bytes.length < 22 || readU32(bytes, 0) !== ZIP_LOCAL)
    throw new SourceError(
      file,
      'is not a Word document (.docx): its contents are not in the format Word saves.',
      'Open it in Word or LibreOffice and save it again as a Word Document (.docx).',
    );
  const entries = readCentralDirectory(bytes, file);
  if (entries.some((entry) => entry.name === 'content.xml') && !hasPart(entries))
    throw odtError(file);
  if (!hasPart(entries))
    throw new SourceError(
      file,
      'is a zip file but not a Word document: it has no word/document.xml inside.',
      'Export it from Word or LibreOffice as a Word Document (.docx).',
    );
  checkClaimedSizes(entries, file);
  for (const entry of entries) checkInflatedSize(bytes, entry, file);
  return entries;
}

function hasPart(entries: ZipEntry[]): boolean {
  return entries.some((entry) => entry.name === 'word/document.xml');
}

/**
 * OpenDocument text is not read: no well-kept package converts it to HTML, and LibreOffice
 * (which makes nearly all .odt files) saves a faithful .docx in two clicks.
 */
export function odtError(file: string): SourceError {
  return new SourceError(
    file,
    'is an OpenDocument text file (.odt), which cannot be imported directly.',
    'Open it in LibreOffice Writer (or Word) and choose File → Save As → Word Document (.docx), then import the .docx.',
  );
}

function oleError(bytes: Uint8Array, file: string): SourceError {
  // Both are OLE compound files; the stream names in its directory (UTF-16) tell them apart.
  if (containsUtf16(bytes, 'EncryptedPackage') || containsUtf16(bytes, 'EncryptionInfo'))
    return new SourceError(
      file,
      'is protected with a password, so it cannot be read.',
      'Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password, clear it), save, and import it again.',
    );
  if (containsUtf16(bytes, 'WordDocument'))
    return new SourceError(
      file,
      'is an older Word document (.doc), which cannot be read directly.',
      'Open it in Word or LibreOffice and choose File → Save As → Word Document (.docx), then import the .docx.',
    );
  return new SourceError(
    file,
    'is an older Office file, not a Word document (.docx).',
    'Open it in the program that made it and save it as a Word Document (.docx).',
  );
}

function readCentralDirectory(bytes: Uint8Array, file: string): ZipEntry[] {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) throw corrupt(file);
  const count = readU16(bytes, end + 10);
  const start = readU32(bytes, end + 16);
  if (count > MAX_ENTRIES) throw bomb(file, `it holds ${count} parts`);
  const entries: ZipEntry[] = [];
  let offset = start;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || readU32(bytes, offset) !== ZIP_CENTRAL) throw corrupt(file);
    const nameLength = readU16(bytes, offset + 28);
    const extraLength = readU16(bytes, offset + 30);
    const commentLength = readU16(bytes, offset + 32);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: readU16(bytes, offset + 10),
      compressedSize: readU32(bytes, offset + 20),
      uncompressedSize: readU32(bytes, offset + 24),
      localOffset: readU32(bytes, offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkClaimedSizes(entries: ZipEntry[], file: string): void {
  let total = 0;
  for (const entry of entries) {
    // 0xFFFFFFFF means the real size is in a Zip64 record: 4 GB or more, never a real document.
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff)
      throw bomb(file, `${entry.name} claims to be over 4 GB`);
    total += entry.uncompressedSize;
    if (
      entry.uncompressedSize > RATIO_FLOOR_BYTES &&
      entry.uncompressedSize > entry.compressedSize * MAX_RATIO
    )
      throw bomb(
        file,
        `${entry.name} would unpack to ${megabytes(entry.uncompressedSize)} from ${megabytes(entry.compressedSize)}`,
      );
  }
  if (total > MAX_UNCOMPRESSED_BYTES)
    throw bomb(file, `its parts would unpack to ${megabytes(total)} in all`);
}

/** Inflates one part in 64 KB steps, stopping once it passes the size its directory entry claims. */
function checkInflatedSize(bytes: Uint8Array, entry: ZipEntry, file: string): void {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || readU32(bytes, local) !== ZIP_LOCAL) throw corrupt(file);
  const dataStart = local + 30 + readU16(bytes, local + 26) + readU16(bytes, local + 28);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length < entry.compressedSize) throw corrupt(file);
  if (entry.method === 0) return;
  if (entry.method !== 8) throw corrupt(file);
  let produced = 0;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
  });
  const step = 64 * 1024;
  try {
    for (let offset = 0; offset < data.length; offset += step) {
      inflate.push(data.subarray(offset, offset + step), offset + step >= data.length);
      if (produced > entry.uncompressedSize)
        throw bomb(file, `${entry.name} unpacks to more than the size it claims`);
    }
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw corrupt(file);
  }
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= lowest; offset--)
    if (readU32(bytes, offset) === ZIP_END) return offset;
  return -1;
}

function corrupt(file: string): SourceError {
  return new SourceError(
    file,
    'is damaged and cannot be read as a Word document.',
    'Open it in Word (which offers to repair it) or LibreOffice, save it again as .docx, and import the new copy.',
  );
}

function bomb(file: string, detail: string): SourceError {
  return new SourceError(
    file,
    `is not safe to open: ${detail}, far more than any real document.`,
    'If you made this document yourself, open it in Word, save a fresh copy as .docx, and import that.',
  );
}

function megabytes(size: number): string {
  return `${Math.round(size / (1024 * 1024))} MB`;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++) needle[index * 2] = text.charCodeAt(index);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from(needle),
  );
}

function readU16(bytes: Uint8Array, offset: number): number {
  return (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, offset: number): number {
  return (readU16(bytes, offset) | (readU16(bytes, offset + 2) << 16)) >>> 0;
}
