export interface WordXmlTag {
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
}

export interface WordXmlHandler {
  open(tag: WordXmlTag): void;
  close(name: string): void;
  text(text: string): void;
}

const TOKEN =
  /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Reads Word's XML as a stream of tags and text, in document order. Word writes plain,
 * well-formed XML with fixed `w:` prefixes, so a tokenizer is enough to find comments and
 * tracked changes; the full conversion is left to the converter, which parses properly.
 */
export function readWordXml(xml: string, handler: WordXmlHandler): void {
  let last = 0;
  for (const match of xml.matchAll(TOKEN)) {
    if (match.index > last) handler.text(decodeEntities(xml.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, name, attributeText, selfClosing, cdata] = match;
    if (cdata !== undefined) handler.text(cdata);
    if (!name) continue;
    if (closing) {
      handler.close(name);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of (attributeText ?? '').matchAll(ATTRIBUTE))
      attributes[attribute[1]!] = decodeEntities(attribute[2] ?? attribute[3] ?? '');
    handler.open({ name, attributes, selfClosing: selfClosing === '/' });
    if (selfClosing === '/') handler.close(name);
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, body: string) => {
    if (body[0] === '#')
      return String.fromCodePoint(
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)),
      );
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[body.toLowerCase()] ?? entity;
  });
}
