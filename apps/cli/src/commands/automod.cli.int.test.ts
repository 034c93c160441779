import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { applySettingsPatch, MODERATION_PRESET_SETTINGS, moderateChatMessage } from '@snowball/core';
import { createScratchDatabase, type ScratchDatabase } from '@snowball/db/testing';
import { createTextClassifier } from '@snowball/moderation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSystem } from '../compose/open-system.js';
import { loadConfig } from '../config.js';

// `snowball automod check --community SLUG` reads that club's moderation settings from the database.

const root = fileURLToPath(new URL('../../../../', import.meta.url));
let db: ScratchDatabase;

function snowball(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: db.url },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

beforeAll(async () => {
  db = await createScratchDatabase(String(process.env.DATABASE_URL), { prefix: 'snowball_automod' });
  expect((await snowball(['demo'])).stdout).toContain('Loaded the demo club');
  const system = await openSystem(loadConfig({ ...process.env, DATABASE_URL: db.url }));
  try {
    const demo = await system.ports.communities.getBySlug('demo');
    if (!demo) throw new Error('no demo club');
    const settings = applySettingsPatch(demo.settings, {
      excludedKeywords: [...demo.settings.excludedKeywords, '红酒团购'],
      moderation: { ...MODERATION_PRESET_SETTINGS.strict, allowedDomains: ['lihua-tech.cn'] },
    });
    await system.ports.communities.updateSettings(demo.id, settings);
  } finally {
    await system.close();
  }
});

afterAll(async () => {
  await db?.drop();
});

const messages = [
  { id: 'own', text: 'Pricing: https://lihua-tech.cn/pricing' },
  { id: 'other', text: '看看这篇 https://www.36kr.com/p/123 讲得好' },
  { id: 'keyword', text: '红酒团购，稳赚的生意' },
  { id: 'short', text: '看这个 bit.ly/3kX9pQz' },
]
  .map((m) => JSON.stringify(m))
  .join('\n');

describe('snowball automod check --community', () => {
  it("uses the club's settings: its allowed sites, its preset and its excluded keywords", async () => {
    const { code, stdout, stderr } = await snowball(['automod', 'check', '--community', 'demo'], messages);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { id: 'own', action: 'allow', rules: [] },
      { id: 'other', action: 'review', rules: ['ad.link'] },
      { id: 'keyword', action: 'delete', rules: ['ad.excluded'] },
      { id: 'short', action: 'delete', rules: ['ad.link'] },
    ]);
  });

  it('says so when the club does not exist', async () => {
    const { code, stdout, stderr } = await snowball(['automod', 'check', '--community', 'nope'], messages);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('No club "nope"');
  });
});

describe('moderateChatMessage on PostgreSQL', () => {
  it('records one case per message, even when the same event is handled twice at once', async () => {
    const system = await openSystem(loadConfig({ ...process.env, DATABASE_URL: db.url }));
    try {
      const demo = await system.ports.communities.getBySlug('demo');
      if (!demo) throw new Error('no demo club');
      await system.ports.communities.attachWorkspace(demo.id, 'discord', 'guild-automod');
      const deps = { ...system.ports, classifier: createTextClassifier() };
      const event = {
        platform: 'discord' as const,
        workspaceId: 'guild-automod',
        channelId: 'general',
        messageId: 'msg-1',
        authorId: 'not-linked',
        content: '加我薇信：ｌｉｈｕａ８８６ 领资料',
        at: new Date(),
      };
      const [a, b] = await Promise.all([moderateChatMessage(deps, event), moderateChatMessage(deps, event)]);
      expect(a.action).toBe('delete');
      expect(a.caseId).toBe(b.caseId);
      expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
      const cases = (await system.ports.moderation.list(demo.id, null)).filter((c) => c.messageId === 'msg-1');
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ kind: 'advertising', status: 'upheld', excerpt: event.content });
    } finally {
      await system.close();
    }
  });
});
