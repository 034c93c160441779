import { describe, expect, it } from 'vitest';
import { memberChannelsFromList } from './slack-role-sync.js';

describe('memberChannelsFromList', () => {
  it('applies plain channel ids to every team and T:C entries to one team', async () => {
    const channels = memberChannelsFromList(['C1', ' T2:C2 ', 'T3:C3', '', 'C4']);
    expect(await channels('T1')).toEqual(['C1', 'C4']);
    expect(await channels('T2')).toEqual(['C1', 'C4', 'C2']);
  });
});
