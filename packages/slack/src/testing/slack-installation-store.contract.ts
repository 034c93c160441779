import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackInstallationStore, StoredSlackInstallation } from '../install/slack-installation.store.js';

/** A store under test, with a club its rows can reference. */
export interface InstallationStoreSubject {
  readonly store: SlackInstallationStore;
  /** An existing club id (a foreign key in Postgres). */
  readonly communityId: string;
  close?(): Promise<void>;
}

/**
 * The behaviour every SlackInstallationStore must share; run it against the in-memory store and the
 * Postgres one. Each test uses its own random team id, so runs may share a database.
 */
export function describeInstallationStoreContract(name: string, open: () => Promise<InstallationStoreSubject>): void {
  describe(`Slack installation store contract: ${name}`, () => {
    let subject: InstallationStoreSubject;
    beforeAll(async () => {
      subject = await open();
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    const row = (teamId: string, overrides: Partial<StoredSlackInstallation> = {}): StoredSlackInstallation => ({
      teamId,
      teamName: 'Club workspace',
      enterpriseId: null,
      communityId: subject.communityId,
      appId: 'A0APP',
      botUserId: 'U0BOT',
      botId: 'B0BOT',
      botTokenCiphertext: 'v1.aXY.dGFn.Ym9keQ',
      scopes: ['commands', 'chat:write'],
      installedBy: 'U0INSTALLER',
      installedAt: new Date('2026-01-01T00:00:00.000Z'),
      ...overrides,
    });
    const team = () => `T${Math.random().toString(36).slice(2, 12).toUpperCase()}`;

    it('saves and finds an installation by team id, every field intact', async () => {
      const teamId = team();
      await subject.store.save(row(teamId));
      expect(await subject.store.find(teamId)).toEqual(row(teamId));
    });

    it('keeps nullable fields null', async () => {
      const teamId = team();
      const bare = row(teamId, { teamName: null, appId: null, botId: null, installedBy: null, scopes: [] });
      await subject.store.save(bare);
      expect(await subject.store.find(teamId)).toEqual(bare);
    });

    it('replaces the installation on reinstall (one row per team)', async () => {
      const teamId = team();
      await subject.store.save(row(teamId));
      const again = row(teamId, {
        botTokenCiphertext: 'v1.bmV3.bmV3.bmV3',
        scopes: ['commands'],
        installedAt: new Date('2026-02-01T00:00:00.000Z'),
      });
      await subject.store.save(again);
      expect(await subject.store.find(teamId)).toEqual(again);
    });

    it('finds nothing for unknown teams and deletes idempotently', async () => {
      const teamId = team();
      expect(await subject.store.find(teamId)).toBeNull();
      await subject.store.save(row(teamId));
      await subject.store.delete(teamId);
      await subject.store.delete(teamId);
      expect(await subject.store.find(teamId)).toBeNull();
    });
  });
}
