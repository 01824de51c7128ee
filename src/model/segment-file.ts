import type { RootContent } from 'mdast';
import type { FileContents } from './extract-file.js';
import type { Recognised, Recogniser } from './recognise-heading.js';
import type { Heading, PartLabel, Section } from './types.js';

/** A run of a file's top-level nodes that belongs to one section, before sections are merged across files. */
export interface RawSection {
  found: Recognised;
  recognisedBy: Section['recognisedBy'];
  file: string;
  heading?: Heading;
  line: number;
  column: number;
  blocks: { node: RootContent; part: PartLabel; partHeading?: Heading }[];
}

export interface SegmentOptions {
  file: string;
  nodes: RootContent[];
  contents: FileContents;
  recogniser: Recogniser;
  /** The section the whole file belongs to (front matter, file name or config map). */
  fileSection?: { found: Recognised; recognisedBy: Section['recognisedBy'] };
  /** Heading texts the candidate mapped in cmalt.yml, normalised, to section ids. */
  headingMap: Map<string, Recognised>;
}

const FILE_LEVEL_DEPTH = 0;

/**
 * Splits a file into sections by its headings. A heading naming a criterion opens a section;
 * a part heading (Description, Reflection, Evidence and their synonyms) labels what follows;
 * any other heading at the section's level or above closes it.
 */
export function segmentFile(options: SegmentOptions): RawSection[] {
  const { file, nodes, contents, recogniser, fileSection, headingMap } = options;
  const sections: RawSection[] = [];
  let current: RawSection | undefined;
  let depth = FILE_LEVEL_DEPTH;
  let part: PartLabel = 'unlabelled';
  let partHeading: Heading | undefined;

  if (fileSection && (fileSection.found.section || fileSection.found.area)) {
    current = {
      found: fileSection.found,
      recognisedBy: fileSection.recognisedBy,
      file,
      line: 1,
      column: 1,
      blocks: [],
    };
    sections.push(current);
  }

  const open = (found: Recognised, heading: Heading, recognisedBy: Section['recognisedBy']) => {
    current = {
      found,
      recognisedBy,
      file,
      heading,
      line: heading.line,
      column: heading.column,
      blocks: [],
    };
    sections.push(current);
    depth = heading.depth;
    part = found.part ?? 'unlabelled';
    partHeading = found.part ? heading : undefined;
  };

  for (const node of nodes) {
    const heading = contents.headingByNode.get(node) ?? contents.pseudoHeadings.get(node);
    if (!heading) {
      current?.blocks.push({ node, part, partHeading });
      continue;
    }
    const mapped = headingMap.get(heading.text.toLowerCase().trim());
    const found = mapped ?? recogniser.recognise(heading.text);
    const recognisedBy = mapped ? 'config-map' : 'heading';

    if (found.section || found.area) {
      const sameSection =
        current &&
        found.section &&
        sameTarget(current.found, found) &&
        (found.part || heading.depth > depth);
      if (sameSection && current) {
        if (!found.part && !current.heading) current.heading = heading;
        if (found.part) {
          part = found.part;
          partHeading = heading;
        }
        current.blocks.push({ node, part, partHeading });
        continue;
      }
      // A core area heading inside a file that is itself one section is only a subheading.
      if (
        found.area &&
        !found.section &&
        current &&
        depth === FILE_LEVEL_DEPTH &&
        current.found.section
      ) {
        current.blocks.push({ node, part, partHeading });
        continue;
      }
      open(found, heading, recognisedBy);
      current?.blocks.push({ node, part, partHeading });
      continue;
    }
    if (found.part && current) {
      part = found.part;
      partHeading = heading;
      current.blocks.push({ node, part, partHeading });
      continue;
    }
    if (current && !heading.pseudo && heading.depth <= depth) {
      current = undefined;
      part = 'unlabelled';
      partHeading = undefined;
      continue;
    }
    current?.blocks.push({ node, part, partHeading });
  }
  return sections;
}

function sameTarget(a: Recognised, b: Recognised): boolean {
  if (a.section !== b.section) return false;
  if (a.number !== undefined && b.number !== undefined) return a.number === b.number;
  return true;
}
