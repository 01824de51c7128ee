#!/usr/bin/env node
// The bin only starts the CLI; everything else lives in dist/cli.
import { main } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/io.js';

// A reader that stops early (`cmalt rules | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), processIo());
