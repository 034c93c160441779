import { describe, expect, it } from 'vitest';
import { memberReferences } from './repositories/member-data-map.js';
import { ERASURE_RULES } from './repositories/privacy.repository.js';

// Derived from the drizzle schema: a table added with a foreign key to members shows up here by itself.
describe('member data coverage (export and erasure follow the schema)', () => {
  const referencing = memberReferences();

  it('finds the tables that reference a member through the schema’s foreign keys', () => {
    const tables = referencing.map((r) => r.table);
    for (const known of ['members', 'platform_accounts', 'profiles', 'questions', 'payments', 'introductions']) {
      expect(tables).toContain(known);
    }
    expect(referencing.find((r) => r.table === 'introductions')?.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['member_a', 'member_b', 'proposed_by']),
    );
  });

  it('has a decided erasure rule for every table that references a member', () => {
    const undecided = referencing.map((r) => r.table).filter((table) => !(table in ERASURE_RULES));
    expect(undecided, `add these tables to ERASURE_RULES (privacy.repository.ts): ${undecided.join(', ')}`).toEqual([]);
  });

  it('keeps no rule for a table that no longer references members (a stale rule hides a rename)', () => {
    const tables = new Set(referencing.map((r) => r.table));
    const stale = Object.keys(ERASURE_RULES).filter((table) => !tables.has(table));
    expect(stale).toEqual([]);
  });
});
