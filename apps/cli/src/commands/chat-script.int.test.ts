import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Actor } from '@snowball/core';
import { createScratchDatabase, type ScratchDatabase } from '@snowball/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSystem } from '../compose/open-system.js';
import { loadConfig } from '../config.js';

// `snowball chat --script` as a person runs it: the real CLI in a child process, on a scratch PostgreSQL
// database loaded with `snowball demo`, asserting on the printed transcript.

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const walkthrough = (name: string) => fileURLToPath(new URL(`../../../../docs/chat-scripts/${name}`, import.meta.url));

let db: ScratchDatabase;

/** Runs the CLI like `pnpm snowball ...` against the scratch database; returns what it printed. */
async function snowball(...args: string[]): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: db.url, SNOWBALL_COMMUNITY: 'demo' },
    timeout: 30_000,
  });
  expect(stderr).toBe('');
  // An unexpected failure answers with a reference to look up in the logs; a transcript never should.
  expect(stdout).not.toMatch(/\(ref [a-z0-9]+\)/);
  return stdout;
}

const chat = (script: string, as: string, ...more: string[]) =>
  snowball('chat', '--script', script, '--as', as, ...more);

beforeAll(async () => {
  db = await createScratchDatabase(String(process.env.DATABASE_URL), { prefix: 'snowball_chat' });
  expect(await snowball('demo')).toContain('Loaded the demo club');
});

afterAll(async () => {
  await db?.drop();
});

describe('snowball chat --script on the demo club', () => {
  it('shows links at PUBLIC_URL, not the default port', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'apps/cli/src/main.ts',
        'chat',
        '--script',
        fixture('calendar-link.chat'),
        '--as',
        'owner@example.com',
        '--lang',
        'en',
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          SNOWBALL_COMMUNITY: 'demo',
          PUBLIC_URL: 'https://club.example.org',
        },
        timeout: 30_000,
      },
    );
    expect(stdout).toMatch(/https:\/\/club\.example\.org\/calendar\/[^\s]+\.ics/);
    expect(stdout).not.toContain(':3000');
  });

  it('a newcomer applies in English: values, pledge button, the form field by field', async () => {
    const transcript = await chat(fixture('apply-en.chat'), 'newcomer@example.com', '--lang', 'en');
    expect(transcript).toContain('> /apply\n(only you can see this)\n== Our values ==');
    expect(transcript).toContain('[1] I share these values — apply\n> 1\n📝 Application');
    // Chatting as an email: the email is pre-filled (an empty line keeps it), the name is not.
    expect(transcript).toContain('Your name: Nora Newcomer');
    expect(transcript).toContain('Email [newcomer@example.com]: \n');
    // An empty line skips an optional field.
    expect(transcript).toContain('Industry (optional, Enter to skip): \n');
    expect(transcript).toContain('What you do, can offer and look for: We import tea');
    expect(transcript).toContain('Thank you, Nora Newcomer! Your application is in.');
    expect(transcript).toMatch(/> \/me\n\(only you can see this\)\nYour account is not linked to a membership yet/);
  });

  it('the owner reviews the queue in Chinese and approves with a button number', async () => {
    const transcript = await chat(fixture('review-approve.chat'), 'owner@example.com');
    expect(transcript).toContain('# 雪球创始人俱乐部 Snowball Founders Club — Snow 群主');
    // The demo's pending applications and the newcomer's, oldest first, five at a time.
    const [first, second] = transcript.split('> /review').slice(1);
    const waiting = (text = '') => Number(/== 待审核申请：(\d+) ==/.exec(text)?.[1]);
    expect(waiting(first)).toBeGreaterThan(5);
    expect(first).toContain('[1] 通过  [2] 拒绝  [3] 拒绝并告知原因');
    expect(first).toContain('[13] 通过  [14] 拒绝  [15] 拒绝并告知原因');
    const oldest = /\n• (.+) · /.exec(first ?? '')?.[1];
    expect(oldest).toBeTruthy();
    expect(first).toContain(`> 1\n(only you can see this)\n已通过 ${oldest} 的申请。请在管理后台登记付款以开通会籍。`);
    expect(waiting(second)).toBe(waiting(first) - 1);
    expect(second).not.toContain(`• ${oldest} · `);
  });

  it('once approved and paid (in the admin panel), the newcomer is a member: /me, /lessons, /ask, /questions', async () => {
    // `/review` shows the five oldest applications, so the newcomer's (the newest) is approved and paid for
    // where the README's walkthrough does it: in the admin panel, which calls the same core.
    const system = await openSystem(loadConfig({ DATABASE_URL: db.url }), { migrate: false });
    try {
      const community = await system.ports.communities.getBySlug('demo');
      const communityId = String(community?.id);
      const owner = (await system.ports.staff.list(communityId)).find((s) => s.role === 'owner');
      const actor: Actor = { kind: 'member', communityId, memberId: String(owner?.memberId), roles: ['owner'] };
      const pending = await system.ports.applications.list(communityId, 'pending', { limit: 100, offset: 0 });
      const application = pending.items.find((a) => a.email === 'newcomer@example.com');
      expect(application?.platform).toBe('simulator');
      const applicationId = String(application?.id);
      await system.core.approveApplication({ actor, communityId, applicationId });
      await system.core.recordPayment({
        actor,
        communityId,
        applicationId,
        amountMinor: community?.settings.fee.amountMinor ?? 0,
        currency: community?.settings.fee.currency ?? 'CNY',
        method: 'bank_transfer',
        reference: 'CHAT-TEST-1',
      });
    } finally {
      await system.close();
    }

    const transcript = await chat(fixture('member-en.chat'), 'newcomer@example.com', '--lang', 'en');
    expect(transcript).toContain('# 雪球创始人俱乐部 Snowball Founders Club — Nora Newcomer');
    expect(transcript).toMatch(/== Your membership ==\n[^\n]*\nStatus: active\n/);
    expect(transcript).toContain('Linked platforms: simulator');
    expect(transcript).toContain('== Upcoming lessons ==');
    expect(transcript).toContain('• 会员直播课 Members’ live lesson');
    expect(transcript).toContain('[1] RSVP');
    // The FAQ may hold a close answer: then the confirmation goes on to list it.
    expect(transcript).toContain('Your question is with the coaches');
    expect(transcript).toMatch(
      /== Your questions ==\n\n• .+ · waiting for an answer[^\n]*\n {2}How should I price tea/,
    );
  });

  it('a Chinese member sees the lessons, asks the coaches and finds the question in /questions', async () => {
    const transcript = await chat(fixture('member-zh.chat'), 'demo-zh-1@example.com');
    expect(transcript).toContain('# 雪球创始人俱乐部 Snowball Founders Club — 王晓明');
    expect(transcript).toContain('== 近期课程 ==');
    expect(transcript).toContain('• 会员直播课 Members’ live lesson');
    expect(transcript).toContain('• 嘉宾分享 · Selling to the Middle East 中东市场实战');
    expect(transcript).toMatch(/\[\d+\] 关闭课程提醒 {2}\[\d+\] 我的日历订阅链接/);
    expect(transcript).toContain('你的问题已交给导师，只有导师能看到；回答会私下发给你。');
    expect(transcript).toMatch(/== 你的提问 ==\n\n• .+ · 等待回答[^\n]*\n {2}我们想进入中东市场，第一步应该做什么？/);
  });

  it('runs the README walkthrough scripts in both languages without an error', async () => {
    const en = await chat(walkthrough('walkthrough-en.chat'), 'demo-en-2@example.com', '--lang', 'en');
    expect(en).toContain('== Your membership ==');
    expect(en).toContain('== Upcoming lessons ==');
    expect(en).toContain('Your question is with the coaches.');
    expect(en).toMatch(/Your link code is \S+ \(valid 15 minutes\)/);
    const zh = await chat(walkthrough('walkthrough-zh-CN.chat'), 'demo-zh-2@example.com');
    expect(zh).toContain('== 你的会籍 ==');
    expect(zh).toContain('== 近期课程 ==');
    expect(zh).toContain('你的问题已交给导师');
    expect(zh).toMatch(/你的关联码是 \S+（15 分钟内有效）/);
  });
});
