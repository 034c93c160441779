import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../../bridge/cedict-bridge.js';
import { formatRecallTable, type Recall, recallAt } from '../recall.js';
import { generateDevClub } from './generate-dev-club.js';

/**
 * Recall@5 of the planted partner on the development set: the set the matcher may be tuned on (the held-out set
 * may not). Prints the table; holds the level reached so a change that loses ground is seen.
 */
const DEV_FLOOR = { same: 0.9, cross: 0.9 };

beforeAll(() => {
  cedictBridge();
}, 60_000);

describe('development set (recall@5 of the planted partner)', () => {
  it('prints the table and holds the level', () => {
    const rows: [string, Recall][] = [];
    let same = 0;
    let sameTotal = 0;
    let cross = 0;
    let crossTotal = 0;
    for (const seed of [1, 2, 3]) {
      const club = generateDevClub({ pairs: 90, noise: 300, crossLanguageShare: 0.4, seed });
      const r = recallAt(club.profiles, club.planted);
      rows.push([`development, seed ${seed}`, r]);
      same += r.same * r.sameTotal;
      sameTotal += r.sameTotal;
      cross += r.cross * r.crossTotal;
      crossTotal += r.crossTotal;
    }
    const all: Recall = { same: same / sameTotal, sameTotal, cross: cross / crossTotal, crossTotal };
    rows.push(['development, all', all]);
    console.log(formatRecallTable(rows));
    expect(all.sameTotal).toBeGreaterThan(150);
    expect(all.crossTotal).toBeGreaterThan(100);
    expect(all.same).toBeGreaterThanOrEqual(DEV_FLOOR.same);
    expect(all.cross).toBeGreaterThanOrEqual(DEV_FLOOR.cross);
  }, 180_000);
});
