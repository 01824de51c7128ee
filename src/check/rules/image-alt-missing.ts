import path from 'node:path';
import type { Link } from '../../model/types.js';
import { defineRule } from '../rule.js';
import { quoteUrl } from './support/link-source.js';

/** Alt text a tool filled in from the file, not a description: `IMG_2041.jpg`, `Screenshot 2023-05-02`. */
const FILE_NAME_ALT =
  /\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?|heic|avif)$|^(?:img|image|dsc|dscn|pxl|photo|pic|picture|screenshot|screen ?shot|screen capture|capture|untitled|figure|fig|diagram)[\s_-]*(?:\d[\d\s_.:-]*(?:at [\d.: ]+(?:am|pm)?)?)?$/i;

export const imageAltMissing = defineRule({
  id: 'image-alt-missing',
  category: 'accessibility',
  summary: 'Every image has alternative text that describes it',
  severity: 'error',
  defaults: {},
  docs: {
    why: 'Screen reader users hear the alternative text instead of seeing the image; assessors check accessibility and cite images without it as a reason for revisions. A file name as alt text (IMG_2041.jpg) tells them nothing.',
    bad: '![](assets/vle-dashboard.png) or <img src="assets/vle-dashboard.png">',
    good: '![The programme lead dashboard, showing submission rates by week for each module](assets/vle-dashboard.png); a purely decorative HTML image may use alt="".',
  },
  check({ portfolio, report }) {
    for (const file of portfolio.files) {
      for (const link of file.links) {
        if (link.kind !== 'image') continue;
        const problem = altProblem(link);
        if (!problem) continue;
        report({
          file: link.file,
          line: link.line,
          column: link.column,
          section: link.section,
          ...problem,
        });
      }
    }
  },
});

function altProblem(
  link: Link,
): { message: string; hint: string; severity?: 'warning' } | undefined {
  const src = quoteUrl(link.url) || '(no src)';
  const alt = link.text.trim();
  const describe = 'Describe what the image shows and why it matters here, in a sentence';
  if (link.html && link.missingAlt)
    return {
      message: `image \`${src}\` has no alt attribute, so screen readers announce only its file name`,
      hint: `${describe}: <img src="${src}" alt="...">. Use alt="" only for a purely decorative image.`,
    };
  if (!link.html && !alt)
    return {
      message: `image \`${src}\` has no alternative text (nothing between the square brackets)`,
      hint: `${describe}: ![what the image shows](${src}).`,
    };
  if (alt && isFileNameAlt(alt, link.url))
    return {
      severity: 'warning',
      message: `image \`${src}\` has a file name as its alternative text ("${alt}")`,
      hint: `${describe}, instead of the file name.`,
    };
  return undefined;
}

function isFileNameAlt(alt: string, url: string): boolean {
  if (FILE_NAME_ALT.test(alt)) return true;
  const name = path.posix.basename(url.split(/[?#]/)[0] ?? '');
  const stem = path.posix.basename(name, path.posix.extname(name));
  return alt === name || (stem.length > 0 && alt === stem && /[-_]/.test(stem));
}
