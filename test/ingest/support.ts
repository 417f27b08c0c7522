import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OutletConfig } from '../../config/schema.ts';
import { CONFIG_DIR, parseOutletsText } from '../../src/config.ts';

/** The shipped outlets file, parsed; tests use its real rules against the emulator's pages. */
export function shippedOutlets(): OutletConfig[] {
  const parsed = parseOutletsText(readFileSync(resolve(CONFIG_DIR, 'outlets.json'), 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(parsed.problems.join('\n'));
  return parsed;
}

/** A shipped outlet whose sources point at the emulator instead of the real site. */
export function emulatedOutlet(id: string, base: string, sources: OutletConfig['sources']): OutletConfig {
  const outlet = shippedOutlets().find((o) => o.id === id);
  if (!outlet) throw new Error(`no outlet ${id} in config/outlets.json`);
  return { ...outlet, hosts: ['127.0.0.1'], sources: sources.map((s) => ({ ...s, url: s.url.startsWith('/') ? `${base}${s.url}` : s.url })) };
}
