#!/usr/bin/env node
// The bin only starts the CLI; everything else lives in dist/cli, bundled into dist/bundle
// so that Node reads a few files at start-up instead of several hundred.
import { main } from '../dist/bundle/main.js';
import { processIo } from '../dist/bundle/io.js';

// A reader that stops early (`cmalt rules | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo());
