#!/usr/bin/env node
// Runs the compiled build (dist/, made by `npm run build`, which `npm ci` runs) when it is newer than
// every source file; otherwise runs the TypeScript sources directly through tsx. The build starts
// faster and uses less memory; the fallback means an edited source is never run stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'src', 'cli.js');

function newestSource(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const fresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(...['src', 'commands', 'config'].map((d) => newestSource(join(root, d))));
if (fresh) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
