import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DmChannelRepository } from '../../ports/dm-channel.repository.js';

export interface DmChannelSubject {
  readonly dmChannels: DmChannelRepository;
  close?(): Promise<void>;
}

/** What every DM channel repository does; runs on the in-memory twin and on drizzle (PostgreSQL, PGlite). */
export function describeDmChannelContract(name: string, open: () => Promise<DmChannelSubject>): void {
  describe(`DM channel repository contract: ${name}`, () => {
    let subject: DmChannelSubject;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });
    // Each test uses its own user ids, so runs may share a database.
    const user = () => `u-${Math.random().toString(36).slice(2)}`;

    it('finds nothing for a user without a stored channel', async () => {
      expect(await subject.dmChannels.find('discord', user())).toBeNull();
    });

    it('stores a channel per platform and user, and replaces it on a second save', async () => {
      const id = user();
      await subject.dmChannels.save('discord', id, 'c-1');
      expect(await subject.dmChannels.find('discord', id)).toBe('c-1');
      expect(await subject.dmChannels.find('slack', id)).toBeNull();
      await subject.dmChannels.save('discord', id, 'c-2');
      expect(await subject.dmChannels.find('discord', id)).toBe('c-2');
    });

    it('forgets a channel, and forgetting an unknown one is no error', async () => {
      const id = user();
      await subject.dmChannels.save('discord', id, 'c-1');
      await subject.dmChannels.forget('discord', id);
      expect(await subject.dmChannels.find('discord', id)).toBeNull();
      await expect(subject.dmChannels.forget('discord', user())).resolves.toBeUndefined();
    });

    it('keeps the last of concurrent saves for one user without failing', async () => {
      const id = user();
      await Promise.all(['a', 'b', 'c'].map((c) => subject.dmChannels.save('discord', id, c)));
      expect(['a', 'b', 'c']).toContain(await subject.dmChannels.find('discord', id));
    });
  });
}
