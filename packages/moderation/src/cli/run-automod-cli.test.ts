import { DEFAULT_MODERATION_SETTINGS, MODERATION_PRESET_SETTINGS } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { runAutomodCli } from './run-automod-cli.js';

const input = [
  JSON.stringify({ id: 'a', text: '下周三开会，记得带报价单' }),
  '',
  JSON.stringify({ id: 'b', text: '加我薇信：ｌｉｈｕａ８８６ 领资料' }),
  JSON.stringify({ id: 7, text: '官网 https://www.lihua-tech.cn' }),
  'not json',
  JSON.stringify({ id: 'c' }),
  JSON.stringify({ id: 'd', text: 'Our site: https://lihua-tech.cn', isNewMember: true }),
  JSON.stringify({ id: 'e', text: 'x', isNewMember: 'yes' }),
];

describe('runAutomodCli', () => {
  it('writes one {"id","action","rules"} line per usable input, in order, and reports the rest', async () => {
    const out: string[] = [];
    const summary = await runAutomodCli(input, (line) => out.push(line), { settings: DEFAULT_MODERATION_SETTINGS });
    expect(out.map((line) => JSON.parse(line))).toEqual([
      { id: 'a', action: 'allow', rules: [] },
      { id: 'b', action: 'delete', rules: ['ad.contact'] },
      { id: '7', action: 'review', rules: ['ad.link'] },
      { id: 'd', action: 'review', rules: ['ad.link', 'sandbox'] },
    ]);
    expect(Object.keys(JSON.parse(out[0] ?? '{}'))).toEqual(['id', 'action', 'rules']);
    expect(summary).toEqual({
      checked: 4,
      problems: [
        { line: 5, error: 'not JSON' },
        { line: 6, error: 'missing "text"' },
        { line: 8, error: '"isNewMember" must be true or false' },
      ],
    });
  });

  it("uses the club's rules: an allowed domain passes, the relaxed preset lets links through", async () => {
    const lines = [JSON.stringify({ id: 'x', text: '官网 https://www.lihua-tech.cn' })];
    const allowed: string[] = [];
    await runAutomodCli(lines, (l) => allowed.push(l), {
      settings: { ...DEFAULT_MODERATION_SETTINGS, allowedDomains: ['lihua-tech.cn'] },
    });
    const relaxed: string[] = [];
    await runAutomodCli(lines, (l) => relaxed.push(l), { settings: MODERATION_PRESET_SETTINGS.relaxed });
    const strict: string[] = [];
    await runAutomodCli([JSON.stringify({ id: 'y', text: '看这个 bit.ly/3kX9pQz' })], (l) => strict.push(l), {
      settings: MODERATION_PRESET_SETTINGS.strict,
    });
    expect(JSON.parse(allowed[0] ?? '')).toEqual({ id: 'x', action: 'allow', rules: [] });
    expect(JSON.parse(relaxed[0] ?? '')).toEqual({ id: 'x', action: 'allow', rules: [] });
    expect(JSON.parse(strict[0] ?? '')).toEqual({ id: 'y', action: 'delete', rules: ['ad.link'] });
  });

  it("flags the club's own excluded keywords", async () => {
    const out: string[] = [];
    await runAutomodCli([JSON.stringify({ id: 'k', text: '高端红酒团购，稳赚的生意，私聊' })], (l) => out.push(l), {
      settings: DEFAULT_MODERATION_SETTINGS,
      excludedKeywords: ['红酒团购'],
    });
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ id: 'k', action: 'delete' });
    expect(JSON.parse(out[0] ?? '').rules).toContain('ad.excluded');
  });
});
