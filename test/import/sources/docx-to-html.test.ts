import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxToHtml } from '../../../src/import/sources/docx-to-html.js';
import { SourceError } from '../../../src/import/sources/source-error.js';
import type { HtmlSource } from '../../../src/import/html-source.js';
import { countWords } from '../../../src/model/words.js';
import {
  DOCUMENT_TEXT,
  IMAGE_ALT,
  PNG,
  buildAltTemplateDocx,
} from './fixtures/alt-template-docx.js';
import { headings, htmlWords } from './fixtures/html-words.js';

describe('a Word document in ALT’s template', () => {
  let source: HtmlSource;
  beforeAll(async () => {
    source = await docxToHtml(await buildAltTemplateDocx(), 'Priya Raman CMALT.docx');
  });

  it('keeps every heading at its level, the ALT template’s named styles included', () => {
    expect(headings(source.html)).toEqual([
      'h1 Priya Raman',
      'h1 Contextual statement',
      'h1 Core Area 1a: An understanding of the constraints and benefits of different technologies',
      'h2 Description',
      'h2 Reflection',
      'h3 Evidence',
      'h1 Core Area 1b: Technical knowledge and ability in the use of learning technology',
      'h2 Description',
    ]);
  });

  it('keeps the table as a table and the footnote', () => {
    // Each paragraph opens with an empty anchor holding its number, for positions.
    expect(source.html).toMatch(
      /<table><tr><td><p><a id="cmalt-paragraph-\d+"><\/a>Tool<\/p><\/td>/,
    );
    expect(source.html).toMatch(
      /<td><p><a id="cmalt-paragraph-\d+"><\/a>Keyboard traps in the timer<\/p><\/td>/,
    );
    expect(source.html).toContain('Minutes of the digital education board, March 2022.');
  });

  it('pulls the image out as an asset with its alternative text', () => {
    expect(source.assets).toHaveLength(1);
    expect(source.assets[0]).toMatchObject({ name: 'image-1.png', alt: IMAGE_ALT });
    expect(Buffer.from(source.assets[0]!.bytes).equals(PNG)).toBe(true);
    expect(source.html).toContain(`<img alt="${IMAGE_ALT}" src="image-1.png" />`);
  });

  it('reports the comment with who made it and the text it is on', () => {
    const comments = source.notices.filter((notice) => notice.kind === 'comment');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.message).toContain('Dr Alex Chen');
    expect(comments[0]!.message).toContain('Say which two platforms, and why you chose them.');
    expect(comments[0]!.message).toContain('In 2022 I led the review');
    expect(comments[0]!.where).toBe('paragraph 7 (under “Description”)');
    expect(source.html).not.toContain('Say which two platforms');
  });

  it('reports the tracked changes and keeps the accepted text', () => {
    const changes = source.notices.filter((notice) => notice.kind === 'tracked-change');
    expect(changes).toHaveLength(1);
    expect(changes[0]!.message).toContain(
      'Dr Alex Chen inserted “I also asked two students to try each tool.”',
    );
    expect(changes[0]!.message).toContain('deleted “This part was cut by my mentor.”');
    expect(changes[0]!.message).toContain('accepted version');
    expect(changes[0]!.words).toBe(7);
    expect(source.html).toContain('I also asked two students to try each tool.');
    expect(source.html).not.toContain('cut by my mentor');
  });

  it('holds exactly the words of the document', () => {
    const documentWords = DOCUMENT_TEXT.reduce((sum, text) => sum + countWords(text), 0);
    // Word shows the footnote's number in the text; the HTML writes it as “[1]”.
    const footnoteMarker = 1;
    expect(documentWords).toBe(228);
    expect(htmlWords(source.html)).toBe(documentWords + footnoteMarker);
  });
});

describe('files that are not a readable Word document', () => {
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const ole = (...streams: string[]) =>
    Buffer.concat([
      OLE,
      Buffer.alloc(504),
      ...streams.map((name) => Buffer.from(name, 'utf16le')),
      Buffer.alloc(1024, 0x5a),
    ]);

  const refusal = async (bytes: Uint8Array, file: string): Promise<SourceError> => {
    const error = await docxToHtml(bytes, file).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message.startsWith(`${file}: `)).toBe(true);
    return error as SourceError;
  };

  it('a password-protected document: remove the password', async () => {
    const error = await refusal(ole('EncryptionInfo', 'EncryptedPackage'), 'locked.docx');
    expect(error.message).toContain('protected with a password');
    expect(error.hint).toContain('remove the password');
  });

  it('a legacy .doc: save it as .docx', async () => {
    const error = await refusal(ole('WordDocument', '1Table'), 'portfolio.doc');
    expect(error.message).toContain('older Word document (.doc)');
    expect(error.hint).toContain('Save As → Word Document (.docx)');
  });

  it('a file that is not a zip at all', async () => {
    const error = await refusal(Buffer.from('%PDF-1.7\n1 0 obj\n'), 'portfolio.docx');
    expect(error.message).toContain('is not a Word document');
  });

  it('a damaged document (cut short)', async () => {
    const whole = await buildAltTemplateDocx();
    const error = await refusal(whole.subarray(0, whole.length - 400), 'cut.docx');
    expect(error.message).toContain('is damaged');
  });

  it('a zip that is not a Word document', async () => {
    const error = await refusal(zipSync({ 'notes.txt': Buffer.from('hello') }), 'notes.docx');
    expect(error.message).toContain('no word/document.xml');
  });

  it('an OpenDocument text file: save it as .docx', async () => {
    const odt = zipSync({
      mimetype: Buffer.from('application/vnd.oasis.opendocument.text'),
      'content.xml': Buffer.from('<office:document-content/>'),
    });
    const error = await refusal(odt, 'portfolio.odt');
    expect(error.message).toContain('OpenDocument');
    expect(error.hint).toContain('Save As → Word Document (.docx)');
  });

  it('a zip bomb: a part that packs 20 MB of nothing into a few kilobytes', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': Buffer.from('<Types/>'),
      'word/document.xml': [new Uint8Array(20 * 1024 * 1024), { level: 9 }],
    });
    expect(bomb.length).toBeLessThan(100_000);
    const error = await refusal(bomb, 'bomb.docx');
    expect(error.message).toContain('not safe to open');
    expect(error.message).toContain('word/document.xml would unpack to 20 MB');
  });

  it('a zip bomb whose directory claims 300 MB', async () => {
    const zip = Buffer.from(
      zipSync({ 'word/document.xml': Buffer.from('<w:document/>'), 'word/media/a.bin': PNG }),
    );
    setClaimedSize(zip, 'word/media/a.bin', 300 * 1024 * 1024);
    const error = await refusal(zip, 'claims.docx');
    expect(error.message).toContain('not safe to open');
  });

  it('a zip bomb whose directory lies about how much a part unpacks to', async () => {
    const zip = Buffer.from(
      zipSync({
        'word/document.xml': [Buffer.from('<w:document/>'.repeat(100_000)), { level: 9 }],
      }),
    );
    setClaimedSize(zip, 'word/document.xml', 2_000);
    const error = await refusal(zip, 'lies.docx');
    expect(error.message).toContain('unpacks to more than the size it claims');
  });

  it('raw deflate of the fixture is not mistaken for a document', async () => {
    const error = await refusal(deflateSync(await buildAltTemplateDocx()), 'squashed.docx');
    expect(error.message).toContain('is not a Word document');
  });
});

/** Rewrites the uncompressed size of one part in both its local header and the directory. */
function setClaimedSize(zip: Buffer, name: string, size: number): void {
  for (let offset = 0; offset < zip.length - 4; offset++) {
    const signature = zip.readUInt32LE(offset);
    const isLocal = signature === 0x04034b50;
    const isCentral = signature === 0x02014b50;
    if (!isLocal && !isCentral) continue;
    const nameAt = offset + (isLocal ? 30 : 46);
    const nameLength = zip.readUInt16LE(offset + (isLocal ? 26 : 28));
    if (zip.toString('utf8', nameAt, nameAt + nameLength) !== name) continue;
    zip.writeUInt32LE(size, offset + (isLocal ? 22 : 24));
  }
}
