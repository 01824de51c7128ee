const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;

/** Counts words as a reader would: Unicode word segmentation, URLs left out. */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text.replace(URL_PATTERN, ' '))) {
    if (segment.isWordLike) count++;
  }
  return count;
}
