import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine here: the compose file, Dockerfile and .dockerignore are checked as data.
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const compose = parse(read('../../docker/compose.yaml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const dockerfile = read('../../docker/Dockerfile');
const dockerignore = read('../../.dockerignore')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  command?: string[];
  environment?: Record<string, string>;
  env_file?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
  restart?: string;
}

const ROLES = ['api', 'worker', 'bot'] as const;
const { services } = compose;

describe('docker/compose.yaml', () => {
  it('has the data services with health checks, and the app roles plus a one-shot migration', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'bot', 'migrate', 'postgres', 'redis', 'worker']);
    expect(services.postgres?.image).toMatch(/^postgres:15/);
    expect(services.postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(services.redis?.healthcheck?.test.join(' ')).toContain('redis-cli ping');
    expect(services.redis?.command).toEqual(
      expect.arrayContaining(['--maxmemory-policy', 'noeviction', '--appendonly']),
    );
  });

  it('runs the migration once PostgreSQL is healthy, and every role once it completed and Redis is healthy', () => {
    expect(services.migrate?.command).toEqual(['migrate']);
    expect(services.migrate?.restart).toBe('no');
    expect(services.migrate?.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const role of ROLES) {
      expect(services[role]?.command).toEqual(['start', '--roles', role]);
      expect(services[role]?.depends_on).toEqual({
        migrate: { condition: 'service_completed_successfully' },
        redis: { condition: 'service_healthy' },
      });
    }
  });

  it('builds every app service from the one Dockerfile and reads the env file', () => {
    for (const name of ['migrate', ...ROLES]) {
      expect(services[name]?.build).toEqual({ context: '..', dockerfile: 'docker/Dockerfile' });
      expect(services[name]?.env_file).toEqual(['.env']);
      expect(services[name]?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      expect(services[name]?.environment?.REDIS_URL).toMatch(/^redis:\/\/.*@redis:6379$/);
    }
  });

  it('writes no password: each comes from the env file, and compose refuses to start without it', () => {
    const required = /\$\{(POSTGRES_PASSWORD|REDIS_PASSWORD):\?[^}]+\}/;
    expect(services.postgres?.environment?.POSTGRES_PASSWORD).toMatch(required);
    expect(services.redis?.command?.at(-1)).toMatch(required);
    for (const name of ['migrate', ...ROLES]) {
      expect(services[name]?.environment?.DATABASE_URL).toMatch(/:\$\{POSTGRES_PASSWORD:\?[^}]+\}@/);
      expect(services[name]?.environment?.REDIS_URL).toMatch(/:\$\{REDIS_PASSWORD:\?[^}]+\}@/);
    }
    // Outside interpolations, nothing that looks like a credential.
    const text = read('../../docker/compose.yaml').replace(/\$\{[^}]+\}/g, '');
    expect(text).not.toMatch(/PASSWORD:[ \t]*[^\s$]/);
    expect(text).not.toMatch(/\/\/[^:/@\s]+:[^@\s]+@/);
  });

  it('runs two worker replicas to show scale-out, each with a metrics port its health check reads', () => {
    expect(services.worker?.deploy?.replicas).toBeGreaterThanOrEqual(2);
    for (const role of ['worker', 'bot']) {
      expect(services[role]?.environment?.METRICS_PORT).toBe('9464');
      expect(services[role]?.healthcheck?.test.join(' ')).toContain('9464/metrics');
    }
  });
});

describe('docker/Dockerfile', () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1) ?? '';

  it('builds JavaScript and installs production dependencies only in a build stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toContain('node docker/build-js.mjs');
    expect(dockerfile).toMatch(/pnpm install --frozen-lockfile --prod/);
  });

  it('runs compiled JavaScript as the non-root user, without tsx', () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/ENTRYPOINT \[.*"apps\/cli\/src\/main\.js"\]/);
    expect(runtime).not.toContain('tsx');
    expect(runtime).not.toMatch(/COPY \. /);
  });
});

describe('.dockerignore', () => {
  it('keeps local installs, data, secrets and outputs out of the build context', () => {
    for (const entry of ['**/node_modules', '.data', '.env', '.git', 'test-output'])
      expect(dockerignore).toContain(entry);
  });
});
