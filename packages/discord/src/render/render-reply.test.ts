import type { MessageReply } from '@snowball/commands';
import { describe, expect, it } from 'vitest';
import { discordPayloadProblems } from './discord-payload-problems.js';
import { renderReply } from './render-reply.js';

const reply = (extra: Partial<MessageReply> = {}): MessageReply => ({
  kind: 'message',
  private: true,
  text: 'Hello',
  ...extra,
});

describe('renderReply', () => {
  it('makes private replies ephemeral and public ones not', () => {
    expect(renderReply(reply()).flags).toBe(64);
    expect(renderReply(reply({ private: false })).flags).toBeUndefined();
  });

  it('never lets a reply mention anyone', () => {
    for (const r of [reply(), reply({ private: false, text: '@everyone <@&1> <@2>' })]) {
      expect(renderReply(r).allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('shows a verbatim field (a mention snowball wrote) as is, still pinging nobody', () => {
    const payload = renderReply(
      reply({
        fields: [
          { name: 'Contact', value: 'Discord: <@123>', verbatim: true },
          { name: 'Note', value: '<@4>' },
        ],
      }),
    );
    expect(payload.embeds[0]?.fields?.map((f) => f.value)).toEqual(['Discord: <@123>', '\\<@4>']);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('escapes markdown and mention syntax in every text', () => {
    const hostile = '**bold** _it_ `code` ||spoiler|| [link](https://evil.example) <@&123> <#456> @everyone';
    const payload = renderReply(
      reply({
        title: hostile,
        text: `# heading\n> quote\n${hostile}`,
        fields: [{ name: hostile, value: hostile }],
        items: [{ title: hostile, text: hostile }],
      }),
    );
    const [main, item] = payload.embeds;
    expect(main?.description).toBe(
      '\\# heading\n\\> quote\n\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[link](https://evil.example) \\<@&123> \\<#456> @everyone',
    );
    for (const text of [
      main?.title,
      main?.fields?.[0]?.name,
      main?.fields?.[0]?.value,
      item?.title,
      item?.description,
    ]) {
      expect(text).toContain('\\*\\*bold\\*\\*');
      expect(text).toContain('\\<@&123>');
    }
  });

  it('colours by tone', () => {
    expect(renderReply(reply({ tone: 'error' })).embeds[0]?.color).toBe(0xed4245);
    expect(renderReply(reply({ tone: 'success' })).embeds[0]?.color).toBe(0x57f287);
  });

  it('continues 10k characters of text in a second embed and keeps the message within 6000 characters', () => {
    const payload = renderReply(reply({ title: 'Long', text: 'x'.repeat(10_000) }));
    expect(payload.embeds.length).toBe(2);
    expect(payload.embeds[0]?.description?.length).toBe(4096);
    expect(discordPayloadProblems(payload)).toEqual([]);
    expect(payload.embeds.at(-1)?.description?.endsWith('…')).toBe(true);
  });

  it('never splits an escape from the character it escapes', () => {
    const payload = renderReply(reply({ text: `${'a'.repeat(4095)}*${'b'.repeat(10)}` }));
    expect(payload.embeds[0]?.description?.endsWith('a')).toBe(true);
    expect(payload.embeds[1]?.description?.startsWith('\\*')).toBe(true);
  });

  it('fills in blank field names and values and cuts long ones', () => {
    const payload = renderReply(
      reply({
        fields: [
          { name: '', value: '' },
          { name: 'n'.repeat(300), value: 'v'.repeat(2000), inline: true },
        ],
      }),
    );
    const fields = payload.embeds[0]?.fields ?? [];
    expect(fields[0]).toEqual({ name: '\u200b', value: '—' });
    expect(fields[1]?.name.length).toBe(256);
    expect(fields[1]?.value.length).toBe(1024);
    expect(fields[1]?.inline).toBe(true);
  });

  it('puts each item in its own embed and numbers items and their buttons', () => {
    const payload = renderReply(
      reply({
        text: '',
        title: 'Applications waiting: 2',
        items: [
          { title: 'Ann', buttons: [{ action: 'review:approve:1', label: 'Approve', style: 'primary' }] },
          { title: 'Bob', buttons: [{ action: 'review:approve:2', label: 'Approve', style: 'primary' }] },
        ],
      }),
    );
    expect(payload.embeds.map((e) => e.title)).toEqual(['Applications waiting: 2', '1. Ann', '2. Bob']);
    expect(payload.components[0]?.components.map((b) => [b.custom_id, b.label, b.style])).toEqual([
      ['review:approve:1', '1 · Approve', 1],
      ['review:approve:2', '2 · Approve', 1],
    ]);
  });

  it('keeps at most 10 embeds and says how many items were left out', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ title: `Item ${i}`, text: 'text' }));
    const payload = renderReply(reply({ items }));
    expect(payload.embeds.length).toBe(10);
    expect(payload.embeds.at(-1)?.footer?.text).toBe('+3');
    expect(discordPayloadProblems(payload)).toEqual([]);
  });

  it('lays buttons out five to a row, at most 25, without duplicate or over-long ids', () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({ action: `x:go:${i}`, label: `Go ${i}` }));
    const payload = renderReply(
      reply({
        buttons: [...buttons, { action: 'x:go:1', label: 'again' }, { action: `x:${'y'.repeat(120)}`, label: 'z' }],
      }),
    );
    expect(payload.components.map((row) => row.components.length)).toEqual([5, 5, 5, 5, 5]);
    const ids = payload.components.flatMap((row) => row.components.map((b) => b.custom_id));
    expect(new Set(ids).size).toBe(25);
    expect(payload.components[0]?.components[0]).toEqual({ type: 2, custom_id: 'x:go:0', label: 'Go 0', style: 2 });
    expect(discordPayloadProblems(payload)).toEqual([]);
  });

  it('cuts the embeds of a very large reply down to the 6000-character total', () => {
    const payload = renderReply(
      reply({
        text: 'a'.repeat(3000),
        items: Array.from({ length: 5 }, (_, i) => ({ title: `Item ${i}`, text: 'b'.repeat(3000) })),
      }),
    );
    expect(discordPayloadProblems(payload)).toEqual([]);
    expect(payload.embeds.length).toBe(6);
  });

  it('still renders something for an empty reply', () => {
    const payload = renderReply(reply({ text: '' }));
    expect(payload.embeds).toEqual([{ color: 0x5865f2, description: '\u200b' }]);
  });
});
