import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Every Markdown page of the examples, fixtures and corpus, for tests that read them all. */
export async function markdownPages(): Promise<{ file: string; text: string }[]> {
  const files = await glob(['examples/**/*.md', 'test/fixtures/**/*.md', 'test/corpus/**/*.md'], {
    cwd: root,
  });
  return Promise.all(
    files
      .sort()
      .map(async (file) => ({ file, text: await readFile(path.join(root, file), 'utf8') })),
  );
}
