import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './migrate.js';
import * as schema from './schema/index.js';

describe('committed migrations', () => {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };

  it('match the schema (run `pnpm --filter @snowball/db db:generate` after changing it)', async () => {
    const last = journal.entries.at(-1);
    expect(last).toBeDefined();
    const snapshotFile = join(MIGRATIONS_FOLDER, 'meta', `${String(last?.idx).padStart(4, '0')}_snapshot.json`);
    const committed = JSON.parse(readFileSync(snapshotFile, 'utf8'));
    const current = generateDrizzleJson(schema as unknown as Record<string, unknown>, committed.id);
    expect(await generateMigration(committed, current)).toEqual([]);
  });

  it('have a SQL file for every journal entry and use only PostgreSQL 15 features', () => {
    for (const entry of journal.entries) {
      const text = readFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), 'utf8');
      expect(text.length).toBeGreaterThan(0);
      // NULLS NOT DISTINCT is 15+, fine; these arrived later and would break on a PostgreSQL 15 server.
      expect(text).not.toMatch(/\bvirtual\b|uuidv7\(|\bWITHOUT OVERLAPS\b/i);
    }
  });
});
