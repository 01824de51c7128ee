#!/usr/bin/env node
// The bin only starts the CLI; everything else lives in dist/cli, bundled into dist/bundle
// so that Node reads a few files at start-up instead of several hundred.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const args = process.argv.slice(2);

if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Asked on its own, the version needs nothing but package.json: answering here spares
  // loading the argument parser and the bundle, which is most of what cmalt adds to Node.
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  const [{ main }, { processIo }] = await Promise.all([
    import('../dist/bundle/main.js'),
    import('../dist/bundle/io.js'),
  ]);

  // A reader that stops early (`cmalt rules | head`) is not an error.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });

  process.exitCode = await main(args, processIo());
}
