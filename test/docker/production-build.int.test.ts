import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../packages/db/src/testing/index.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

// What the Dockerfile's build stage does, in a temporary folder: compile the server to JavaScript, install the
// production dependencies from the lockfile (offline, from this machine's store), then run the CLI with plain
// Node — no tsx, no TypeScript — against a real PostgreSQL and Redis.
describe('the production JavaScript build', () => {
  let out: string;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'snowball-js-'));
    await run(process.execPath, [join(root, 'docker', 'build-js.mjs'), out], { cwd: root, maxBuffer: 1 << 24 });
    await run('pnpm', ['install', '--frozen-lockfile', '--prod', '--offline', '--filter', '@snowball/cli...'], {
      cwd: out,
      maxBuffer: 1 << 24,
    });
    scratch = await createScratchDatabase(process.env['DATABASE_URL'] as string);
  }, 300_000);

  afterAll(async () => {
    await scratch?.drop();
    if (out) await rm(out, { recursive: true, force: true });
  });

  const cli = (args: string[]) =>
    run(process.execPath, ['apps/cli/src/main.js', ...args], {
      cwd: out,
      env: {
        PATH: process.env['PATH'],
        DATABASE_URL: scratch.url,
        REDIS_URL: process.env['REDIS_URL'],
        LOG_LEVEL: 'warn',
      },
    });

  it('ships JavaScript only, with the exports pointing at it', async () => {
    const manifest = JSON.parse(await readFile(join(out, 'packages/core/package.json'), 'utf8'));
    expect(manifest.exports['.']).toBe('./src/index.js');
    await expect(stat(join(out, 'packages/core/src/index.js'))).resolves.toBeTruthy();
    await expect(stat(join(out, 'packages/core/src/index.ts'))).rejects.toThrow();
    // Dev-only tools are not installed.
    await expect(stat(join(out, 'node_modules/tsx'))).rejects.toThrow();
    await expect(stat(join(out, 'node_modules/vitest'))).rejects.toThrow();
  });

  it('starts: --help, migrate (finds the migrations beside the code) and doctor', async () => {
    expect((await cli(['--help'])).stdout).toContain('Usage: snowball <command>');
    expect((await cli(['migrate'])).stdout).toContain('Migrations applied');
    const doctor = await cli(['doctor']);
    expect(doctor.stdout).toMatch(/✓ postgres: ok/);
    expect(doctor.stdout).toMatch(/✓ redis: ok/);
  });
});
