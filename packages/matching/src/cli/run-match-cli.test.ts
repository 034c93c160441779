import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import { runMatchCli } from './run-match-cli.js';

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  yield* lines;
}

// The dictionary bridge is read once per process: read it here, outside any one test.
beforeAll(() => {
  cedictBridge();
}, 60_000);

describe('runMatchCli', () => {
  it('reads JSON-lines profiles and writes suggestions with a readable reason in each member’s language', async () => {
    const out: string[] = [];
    const summary = await runMatchCli(
      linesOf(
        JSON.stringify({
          id: 'a',
          language: 'zh',
          industry: '跨境电商',
          region: '深圳',
          skills: [],
          offers: ['亚马逊运营'],
          needs: '急需跨境物流',
        }),
        '',
        JSON.stringify({
          id: 'b',
          language: 'en',
          industry: 'logistics',
          region: 'Shenzhen',
          skills: 'customs',
          offers: 'we run Southeast Asia freight forwarding',
          needs: ['Amazon sellers as clients'],
        }),
        JSON.stringify({ id: 'c', language: 'en', offers: 'tax advice', needs: 'lawyer' }),
      ),
      (line) => out.push(line),
      { top: 2 },
    );
    expect(summary).toEqual({ members: 3, problems: [] });
    const rows = out.map(
      (line) => JSON.parse(line) as { id: string; suggestions: { id: string; score: number; reason: string }[] },
    );
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(rows[0]?.suggestions[0]).toMatchObject({ id: 'b' });
    expect(rows[0]?.suggestions[0]?.reason).toContain(
      '你需要「跨境物流」— 对方提供「Southeast Asia freight forwarding」',
    );
    expect(rows[1]?.suggestions[0]?.reason).toMatch(/^You need “Amazon sellers as clients”/);
    expect(typeof rows[0]?.suggestions[0]?.score).toBe('number');
    expect(rows[2]?.suggestions).toEqual([]);
  });

  it('reports unusable lines instead of failing, and keeps the first of duplicate ids', async () => {
    const out: string[] = [];
    const summary = await runMatchCli(
      linesOf('{"id":"a","needs":"x"}', 'not json', '{"needs":"no id"}', '[1,2]', '{"id":"a","needs":"y"}', '{"id":7}'),
      (line) => out.push(line),
      { top: 5 },
    );
    expect(summary.members).toBe(2);
    expect(summary.problems.map((p) => p.line)).toEqual([2, 3, 4, 5]);
    expect(out.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(['7', 'a']);
  });
});
