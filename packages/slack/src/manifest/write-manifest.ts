// Writes the shipped manifest.json, or prints one for your own URL and prefix:
//   pnpm --filter @snowball/slack manifest                       → rewrites packages/slack/manifest.json
//   pnpm --filter @snowball/slack manifest --base-url https://club.example.com [--prefix sb-] [--socket]
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { catalogue } from '@snowball/commands';
import { appManifest, MANIFEST_PLACEHOLDER_URL } from './app-manifest.js';

/**
 * JSON laid out the way the repository's formatter (Biome) lays it out, so a regenerated file passes
 * `pnpm lint` unchanged: objects expanded, arrays of plain values on one line when they fit in 120 columns.
 */
export function formatJson(value: unknown, indent = '', prefixLength = 0): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const flat = `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
      if (indent.length + prefixLength + flat.length + 1 <= 120) return flat;
    }
    return `[\n${value.map((v) => `${inner}${formatJson(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([k, v]) => {
      const key = `${JSON.stringify(k)}: `;
      return `${inner}${key}${formatJson(v, inner, key.length)}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The shipped manifest's file content (what the up-to-date test compares). */
export function shippedManifestJson(): string {
  return `${formatJson(appManifest(catalogue, { baseUrl: MANIFEST_PLACEHOLDER_URL }))}\n`;
}

/** `packages/slack/manifest.json`. */
export const SHIPPED_MANIFEST_URL = new URL('../../manifest.json', import.meta.url);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { 'base-url': { type: 'string' }, prefix: { type: 'string' }, socket: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values['base-url'] || values.prefix || values.socket) {
    const manifest = appManifest(catalogue, {
      baseUrl: values['base-url'] ?? MANIFEST_PLACEHOLDER_URL,
      prefix: values.prefix ?? '',
      socketMode: values.socket ?? false,
    });
    process.stdout.write(`${formatJson(manifest)}\n`);
  } else {
    writeFileSync(SHIPPED_MANIFEST_URL, shippedManifestJson());
    process.stdout.write(`wrote ${SHIPPED_MANIFEST_URL.pathname}\n`);
  }
}
