import { unzipSync } from 'fflate';
import { countWords } from '../../model/words.js';
import type { HtmlSource, ImportNotice, ImportedAsset } from '../html-source.js';
import { readAnnotations } from './docx-annotations.js';
import { PARAGRAPH_MARK } from '../html-source.js';
import { checkDocxContainer } from './docx-container.js';
import { SourceError } from './source-error.js';

/**
 * Word's heading styles, whatever a template calls them ("Heading 2", "CMALT Heading 2",
 * "Title"), are renamed to these before conversion, so the style map needs one line per level.
 */
const HEADING_STYLE = 'cmalt-heading-';
const DROPPED_STYLE = 'cmalt-table-of-contents';

const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].map(
    (level) => `p[style-name='${HEADING_STYLE}${level}'] => h${level}:fresh`,
  ),
  `p[style-name='${DROPPED_STYLE}'] => !`,
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tiff',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
};

/**
 * A Word document as HTML: headings by level, lists, tables, footnotes and endnotes kept;
 * embedded images pulled out as assets with their alternative text; comments, tracked changes
 * and anything the converter could not carry over reported as notices.
 */
export async function docxToHtml(bytes: Uint8Array, file: string): Promise<HtmlSource> {
  checkDocxContainer(bytes, file);
  const parts = unzipSync(bytes, {
    filter: (entry) =>
      ['word/document.xml', 'word/comments.xml', 'docProps/core.xml'].includes(entry.name),
  });
  const decode = (name: string) => {
    const part = parts[name];
    return part ? new TextDecoder().decode(part) : undefined;
  };
  const notices: ImportNotice[] = [];
  const assets: ImportedAsset[] = [];
  const { default: mammoth } = await import('mammoth');
  let dropped = 0;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        transformDocument: (document: unknown) =>
          renameStyles(document, (words) => (dropped += words)),
        convertImage: mammoth.images.imgElement(async (image) => {
          const extension = IMAGE_EXTENSIONS[image.contentType] ?? 'bin';
          const name = `image-${assets.length + 1}.${extension}`;
          const altText = (image as { altText?: string }).altText?.trim();
          assets.push({
            name,
            bytes: new Uint8Array(await image.readAsBuffer()),
            ...(altText ? { alt: altText } : {}),
          });
          if (extension === 'emf' || extension === 'wmf' || extension === 'bin')
            notices.push({
              kind: 'warning',
              message: `${name} is a picture in a format web browsers cannot show (${image.contentType}): save it from Word as PNG and replace it.`,
              where: name,
            });
          return { src: name };
        }),
      },
    );
  } catch (error) {
    throw new SourceError(
      file,
      `could not be read as a Word document (${error instanceof Error ? error.message : String(error)}).`,
      'Open it in Word or LibreOffice, save it again as .docx, and import the new copy.',
    );
  }
  if (dropped > 0)
    notices.push({
      kind: 'dropped',
      message:
        'The table of contents was left out: the portfolio site makes its own from the headings.',
      where: 'table of contents',
      words: dropped,
    });
  const seen = new Set<string>();
  for (const message of result.messages) {
    if (seen.has(message.message)) continue;
    seen.add(message.message);
    notices.push({ kind: 'warning', message: `Word conversion: ${message.message}` });
  }
  const documentXml = decode('word/document.xml');
  if (documentXml) notices.unshift(...readAnnotations(documentXml, decode('word/comments.xml')));
  const title = documentTitle(decode('docProps/core.xml'));
  return { file, html: result.value, assets, notices, ...(title ? { title } : {}) };
}

/** The Title of File > Properties, from `<dc:title>` in docProps/core.xml. */
function documentTitle(coreXml: string | undefined): string | undefined {
  const raw = coreXml ? /<dc:title>([^<]*)<\/dc:title>/.exec(coreXml)?.[1] : undefined;
  const text = raw
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

interface DocumentElement {
  type?: string;
  styleName?: string | null;
  styleId?: string | null;
  children?: DocumentElement[];
  value?: string;
}

/**
 * Renames heading styles to the ones the style map knows, and marks table-of-contents lines.
 * Each paragraph gets an empty anchor with its number in the document, so the import can say
 * "paragraph 37" where it would say a line of a web page (see PARAGRAPH_MARK).
 */
function renameStyles(root: unknown, droppedWords: (words: number) => void): unknown {
  let paragraphs = 0;
  const visit = (element: DocumentElement): void => {
    if (element.type === 'paragraph') {
      paragraphs++;
      element.children = [
        { type: 'bookmarkStart', name: `${PARAGRAPH_MARK}${paragraphs}` } as DocumentElement,
        ...(element.children ?? []),
      ];
      const style = element.styleName ?? element.styleId ?? '';
      const level = headingLevel(style);
      if (level) element.styleName = `${HEADING_STYLE}${level}`;
      else if (/^(toc\s*\d|toc heading|contents heading)$/i.test(style.trim())) {
        element.styleName = DROPPED_STYLE;
        droppedWords(countWords(textOf(element)));
      }
    }
    for (const child of element.children ?? []) visit(child);
  };
  visit(root as DocumentElement);
  return root;
}

export function headingLevel(style: string): number | undefined {
  const name = style.trim();
  if (/^title$/i.test(name)) return 1;
  const match = /heading\s*([1-6])$/i.exec(name);
  return match ? Number(match[1]) : undefined;
}

function textOf(element: DocumentElement): string {
  if (element.type === 'text') return element.value ?? '';
  return (element.children ?? []).map(textOf).join('');
}
