import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { cedictBridge } from '../bridge/cedict-bridge.js';
import { withSentenceMeanings } from '../sentence/with-meanings.js';
import { generatePlantedClub } from '../testing/generate-club.js';
import { generateHeldOutClub } from './held-out/generate-held-out-club.js';
import { HAND_WRITTEN_CASES } from './held-out/hand-written-cases.js';
import { formatRecallTable, type PlantedPair, type Recall, recallAt } from './recall.js';

/**
 * Recall@5 of the planted partner on the tuned generator's scenarios and on the held-out set (its own
 * generator and hand-written pairs), same-language and cross-language, printed as one table.
 *
 * The goal for the held-out set is 0.90 same-language and 0.80 cross-language (HELD_OUT_GOAL). The
 * engine does not reach it yet; the test holds the level reached (HELD_OUT_FLOOR) so it can only go up,
 * and prints both.
 */
const HELD_OUT_GOAL = { same: 0.9, cross: 0.8 };
const HELD_OUT_FLOOR = { same: 0.79, cross: 0.59 };

const merge = (parts: readonly Recall[]): Recall => {
  let same = 0;
  let sameTotal = 0;
  let cross = 0;
  let crossTotal = 0;
  for (const r of parts) {
    same += r.same * r.sameTotal;
    sameTotal += r.sameTotal;
    cross += r.cross * r.crossTotal;
    crossTotal += r.crossTotal;
  }
  return { same: sameTotal ? same / sameTotal : 0, sameTotal, cross: crossTotal ? cross / crossTotal : 0, crossTotal };
};

// The dictionary bridge is read once per process: read it here, outside any one test.
beforeAll(() => {
  cedictBridge();
}, 60_000);

describe('matching evaluation (recall@5 of the planted partner)', () => {
  // Every member with the sentence meaning a club's database would hold for them (see docs/matching.md).
  it('prints the table and holds the levels', async () => {
    const rows: [string, Recall][] = [];
    const tuned: Recall[] = [];
    for (const seed of [7, 11]) {
      const club = generatePlantedClub({ pairs: 200, noise: 300, crossLanguageShare: 0.4, seed });
      const r = recallAt(await withSentenceMeanings(club.profiles), club.planted);
      tuned.push(r);
      rows.push([`tuned generator, seed ${seed}`, r]);
    }
    const heldOut: Recall[] = [];
    for (const seed of [7, 11, 23]) {
      const club = generateHeldOutClub({ pairs: 90, noise: 300, crossLanguageShare: 0.4, seed });
      const r = recallAt(await withSentenceMeanings(club.profiles), club.planted);
      heldOut.push(r);
      rows.push([`held-out generator, seed ${seed}`, r]);
    }
    // Hand-written pairs among held-out noise members.
    const noise = generateHeldOutClub({ pairs: 0, noise: 300, crossLanguageShare: 0, seed: 5 }).profiles;
    const planted: PlantedPair[] = HAND_WRITTEN_CASES.map((c) => ({
      a: c.a.id,
      b: c.b.id,
      sameLanguage: (c.a.language === 'en') === (c.b.language === 'en'),
    }));
    const hand = recallAt(
      await withSentenceMeanings([...noise, ...HAND_WRITTEN_CASES.flatMap((c) => [c.a, c.b])]),
      planted,
    );
    rows.push(['hand-written pairs', hand]);
    const tunedAll = merge(tuned);
    const heldOutAll = merge([...heldOut, hand]);
    rows.push(['tuned, all', tunedAll], ['held-out, all', heldOutAll]);
    console.log(
      `${formatRecallTable(rows)}\nheld-out goal: same ${HELD_OUT_GOAL.same}, cross ${HELD_OUT_GOAL.cross}; ` +
        `held floor: same ${HELD_OUT_FLOOR.same}, cross ${HELD_OUT_FLOOR.cross}`,
    );
    expect(tunedAll.crossTotal).toBeGreaterThan(200);
    expect(tunedAll.same).toBeGreaterThanOrEqual(0.9);
    expect(tunedAll.cross).toBeGreaterThanOrEqual(0.9);
    expect(heldOutAll.sameTotal).toBeGreaterThan(200);
    expect(heldOutAll.crossTotal).toBeGreaterThan(150);
    expect(heldOutAll.same).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.same);
    expect(heldOutAll.cross).toBeGreaterThanOrEqual(HELD_OUT_FLOOR.cross);
  }, 600_000);
});

describe('held-out set independence', () => {
  const src = join(dirname(fileURLToPath(import.meta.url)), '..');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

  it('the matcher imports nothing from the held-out set', () => {
    const offenders = files(src)
      .filter((f) => !relative(src, f).startsWith('evaluation'))
      .filter((f) => importsOf(f).some((i) => i.includes('held-out') || i.includes('evaluation/')));
    expect(offenders).toEqual([]);
  });

  it('the held-out set shares no phrase list with the tuned generator', () => {
    const heldOut = files(join(src, 'evaluation', 'held-out'));
    expect(heldOut.length).toBeGreaterThanOrEqual(3);
    const offenders = heldOut.filter((f) =>
      importsOf(f).some((i) => i.includes('testing') || i.includes('vocabulary') || i.includes('scenarios')),
    );
    expect(offenders).toEqual([]);
  });

  it('the development set (tuned on) and the held-out set share no file either way', () => {
    const dev = files(join(src, 'evaluation', 'development'));
    const heldOut = files(join(src, 'evaluation', 'held-out'));
    expect(dev.length).toBeGreaterThanOrEqual(3);
    expect(dev.filter((f) => importsOf(f).some((i) => i.includes('held-out')))).toEqual([]);
    expect(heldOut.filter((f) => importsOf(f).some((i) => i.includes('development')))).toEqual([]);
  });
});
