import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { AssetFile } from '../model/types.js';
import { BuildError } from './build-error.js';
import { realFileInside } from './safe-path.js';

export interface EvidenceCopy {
  asset: AssetFile;
  sitePath: string;
}

/** Copies each evidence file into the site under its site path, after checking it is inside the portfolio. */
export async function copyEvidence(
  root: string,
  siteDir: string,
  copies: EvidenceCopy[],
  options: { signal?: AbortSignal; onFile?: (sitePath: string) => void } = {},
): Promise<void> {
  for (const { asset, sitePath } of copies) {
    options.signal?.throwIfAborted();
    const real = await realFileInside(root, asset.absolutePath);
    if (!real) {
      throw new BuildError(
        `${asset.path} is no longer a file inside the portfolio folder, so it was not copied`,
        'Check that the file exists and is not a link to somewhere else, then build again.',
      );
    }
    const dest = path.join(siteDir, ...sitePath.split('/'));
    await mkdir(path.dirname(dest), { recursive: true });
    await copyFile(real, dest);
    options.onFile?.(sitePath);
  }
}
