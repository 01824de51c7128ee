/** Proprietary formats assessors may not be able to open, with how to make a PDF from each. */
export const PROPRIETARY: Record<string, { kind: string; export: string }> = {
  '.docx': { kind: 'a Word document', export: 'export as PDF from Word: File > Save As > PDF' },
  '.doc': { kind: 'a Word document', export: 'export as PDF from Word: File > Save As > PDF' },
  '.pptx': {
    kind: 'a PowerPoint file',
    export: 'export as PDF from PowerPoint: File > Export > PDF',
  },
  '.ppt': {
    kind: 'a PowerPoint file',
    export: 'export as PDF from PowerPoint: File > Export > PDF',
  },
  '.xlsx': {
    kind: 'an Excel workbook',
    export: 'export as PDF from Excel: File > Save As > PDF, or put the table in the page',
  },
  '.xls': {
    kind: 'an Excel workbook',
    export: 'export as PDF from Excel: File > Save As > PDF, or put the table in the page',
  },
  '.pages': {
    kind: 'a Pages document',
    export: 'export as PDF from Pages: File > Export To > PDF',
  },
  '.key': {
    kind: 'a Keynote presentation',
    export: 'export as PDF from Keynote: File > Export To > PDF',
  },
  '.numbers': {
    kind: 'a Numbers spreadsheet',
    export: 'export as PDF from Numbers: File > Export To > PDF',
  },
  '.pub': {
    kind: 'a Publisher file',
    export: 'export as PDF from Publisher: File > Export > Create PDF/XPS',
  },
  '.one': { kind: 'a OneNote page', export: 'export as PDF from OneNote: File > Export > PDF' },
};

/** The lower-case extension of the file a link or path names ('' when none). */
export function extensionOf(target: string): string {
  let pathname = target.replace(/[?#].*$/, '');
  try {
    if (/^https?:\/\//i.test(target)) pathname = new URL(target).pathname;
  } catch {
    // Keep the address as written.
  }
  const match = /\.([a-z0-9]{1,8})$/i.exec(pathname);
  return match ? `.${match[1]?.toLowerCase()}` : '';
}

/** Sizes as people see them in Windows Explorer: 1 MB is 1024 x 1024 bytes. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const MB = 1024 * 1024;
