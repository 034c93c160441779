import { describe, expect, it } from 'vitest';
import { createModerationEngine } from '../engine/moderation-engine.js';
import { corpusClub, loadCorpus } from './load-corpus.js';

const corpus = loadCorpus();
const engine = createModerationEngine(corpusClub());
const results = corpus.map((m) => ({ message: m, verdict: engine.check(m) }));

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

describe('the labelled corpus', () => {
  it('has at least 400 Chinese and English messages, each labelled once', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    expect(new Set(corpus.map((m) => m.id)).size).toBe(corpus.length);
    expect(corpus.filter((m) => /\p{Script=Han}/u.test(m.text)).length).toBeGreaterThan(150);
    expect(corpus.filter((m) => !/\p{Script=Han}/u.test(m.text)).length).toBeGreaterThan(100);
  });

  it('keeps precision ≥ 0.97 and recall ≥ 0.90 for "not allow", and deletes no legitimate message', () => {
    const lines: string[] = ['category                 n  flagged  deleted', '-'.repeat(48)];
    const categories = [...new Set(corpus.map((m) => `${m.label}:${m.category}`))].sort();
    for (const key of categories) {
      const rows = results.filter((r) => `${r.message.label}:${r.message.category}` === key);
      const flagged = rows.filter((r) => r.verdict.action !== 'allow').length;
      const deleted = rows.filter((r) => r.verdict.action === 'delete').length;
      lines.push(
        `${key.padEnd(22)} ${String(rows.length).padStart(4)}  ${pct(flagged, rows.length)}  ${pct(deleted, rows.length)}`,
      );
    }
    lines.push('', 'rule              fired  precision (label flag)');
    for (const rule of [...new Set(results.flatMap((r) => r.verdict.rules))].sort()) {
      const fired = results.filter((r) => r.verdict.rules.includes(rule));
      const right = fired.filter((r) => r.message.label === 'flag').length;
      lines.push(`${rule.padEnd(16)} ${String(fired.length).padStart(6)}  ${pct(right, fired.length)}`);
    }
    const truePositives = results.filter((r) => r.message.label === 'flag' && r.verdict.action !== 'allow');
    const flaggedAll = results.filter((r) => r.verdict.action !== 'allow');
    const positives = results.filter((r) => r.message.label === 'flag');
    const precision = truePositives.length / flaggedAll.length;
    const recall = truePositives.length / positives.length;
    const deletedLegitimate = results.filter((r) => r.message.label === 'ok' && r.verdict.action === 'delete');
    lines.push('', `"not allow": precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    for (const r of results.filter((r) => (r.message.label === 'flag') !== (r.verdict.action !== 'allow'))) {
      lines.push(
        `  ${r.message.label === 'flag' ? 'missed' : 'false alarm'} ${r.message.id}: ${r.message.text} → ${r.verdict.action} ${r.verdict.rules.join(',')}`,
      );
    }
    console.log(lines.join('\n'));
    expect(deletedLegitimate.map((r) => r.message.id)).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
