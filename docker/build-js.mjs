#!/usr/bin/env node
/**
 * Builds the production tree: every workspace package the server needs, compiled to JavaScript in place
 * (`src/x.ts` → `src/x.js`, same folders, so the relative paths the code resolves at run time — migrations,
 * the moderation corpus, the Slack manifest, the admin panel's `dist` — stay right), package.json `exports`
 * pointing at the `.js` files, and the assets beside them. No TypeScript and no tsx at run time.
 *
 *   node docker/build-js.mjs OUT_DIR
 *   cd OUT_DIR && pnpm install --frozen-lockfile --prod --filter '@snowball/cli...'
 *   node apps/cli/src/main.js --help
 *
 * The admin panel must be built first (`pnpm build`) for its `dist` to be shipped.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'dist-js'));
if (out === root) throw new Error('refusing to build into the work tree itself');

/** Workspace folders that hold server code (the admin panel ships only its built `dist`). */
const SERVER_APPS = ['apps/cli', 'apps/worker', 'apps/admin-api'];
const packages = readdirSync(join(root, 'packages'))
  .map((name) => `packages/${name}`)
  .filter((dir) => existsSync(join(root, dir, 'package.json')));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. TypeScript → JavaScript, same layout; a type error stops the build.
const tsc = join(root, 'node_modules', '.bin', 'tsc');
execFileSync(tsc, ['-p', join(root, 'docker', 'tsconfig.build.json'), '--outDir', out], {
  stdio: 'inherit',
  cwd: root,
});

// 2. The workspace description pnpm needs to install production dependencies from the lockfile.
for (const file of ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml']) {
  cpSync(join(root, file), join(out, file));
}

/** `./src/index.ts` → `./src/index.js`, in a package.json's exports (strings or nested conditions). */
function toJs(exports) {
  if (typeof exports === 'string') return exports.replace(/\.ts$/, '.js');
  if (exports && typeof exports === 'object') {
    return Object.fromEntries(Object.entries(exports).map(([key, value]) => [key, toJs(value)]));
  }
  return exports;
}

/** Copies what a package needs at run time besides its code: any file outside `src` that is not TypeScript. */
function copyAssets(dir) {
  const from = join(root, dir);
  for (const entry of readdirSync(from)) {
    if (['src', 'node_modules', 'dist-js', 'package.json'].includes(entry) || entry.startsWith('.')) continue;
    const path = join(from, entry);
    if (statSync(path).isFile() && /\.(ts|tsx|mts)$/.test(entry)) continue;
    if (entry.startsWith('tmp')) continue;
    cpSync(path, join(out, dir, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${'/'}node_modules`) && !/\.(test|bench)\.ts$/.test(source),
    });
  }
}

for (const dir of [...packages, ...SERVER_APPS]) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  if (manifest.exports) manifest.exports = toJs(manifest.exports);
  mkdirSync(join(out, dir), { recursive: true });
  writeFileSync(join(out, dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  copyAssets(dir);
}

// 3. The admin panel: its manifest (the lockfile names it) and its built files, served by the API.
const web = 'apps/admin-web';
mkdirSync(join(out, web), { recursive: true });
cpSync(join(root, web, 'package.json'), join(out, web, 'package.json'));
if (existsSync(join(root, web, 'dist'))) cpSync(join(root, web, 'dist'), join(out, web, 'dist'), { recursive: true });
else console.warn(`build-js: ${web}/dist is missing (run pnpm build first); the API will serve no panel`);

// 4. No TypeScript left in the server tree: a `.ts` import that slipped through would fail at start, not here.
const leftovers = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.ts$/.test(entry) && !entry.endsWith('.d.ts')) leftovers.push(relative(out, path));
  }
};
for (const dir of [...packages, ...SERVER_APPS]) walk(join(out, dir));
if (leftovers.length > 0) throw new Error(`TypeScript files in the production tree: ${leftovers.join(', ')}`);
console.log(`build-js: ${relative(process.cwd(), out) || '.'} ready`);
