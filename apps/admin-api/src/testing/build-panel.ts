import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The panel package, found from this file (apps/admin-api/src/testing → apps/admin-web). */
export const ADMIN_WEB_DIR = resolve(import.meta.dirname, '../../../admin-web');
export const PANEL_DIST = join(ADMIN_WEB_DIR, 'dist');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the panel with Vite when dist/ is missing or older than its sources, so browser tests see the current panel. */
export function ensurePanelBuilt(): string {
  const index = join(PANEL_DIST, 'index.html');
  const sources = Math.max(
    newestChange(join(ADMIN_WEB_DIR, 'src')),
    statSync(join(ADMIN_WEB_DIR, 'index.html')).mtimeMs,
    statSync(join(ADMIN_WEB_DIR, 'vite.config.ts')).mtimeMs,
  );
  if (!existsSync(index) || statSync(index).mtimeMs < sources) {
    execFileSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: ADMIN_WEB_DIR, stdio: 'inherit' });
  }
  return PANEL_DIST;
}
