import { DEFAULT_MODERATION_SETTINGS, MODERATION_PRESET_SETTINGS, type ModerationSettings } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import { createModerationEngine } from './moderation-engine.js';

const standard = createModerationEngine({ settings: DEFAULT_MODERATION_SETTINGS });
const T0 = Date.UTC(2026, 11, 7, 8, 0, 0);

describe('createModerationEngine', () => {
  it('lets ordinary business talk with prices, orders and payment methods through', () => {
    for (const text of [
      '报价 38 元/件，500 件起订，微信支付或支付宝都行',
      '订单号 13800138000 已发货',
      'Paid 1,000 CNY by WeChat Pay, ref 2023120722001',
      '合同号 HT20231207003 已审',
    ]) {
      expect(standard.check({ text })).toMatchObject({ action: 'allow', rules: [] });
    }
  });

  it('deletes certain solicitation and holds uncertain cases for review (precision over recall)', () => {
    expect(standard.check({ text: '有需要的联系 13800138000' }).action).toBe('delete');
    expect(standard.check({ text: '13800138000' }).action).toBe('review');
    expect(standard.check({ text: '具体价格我们私聊' }).action).toBe('review');
    expect(standard.check({ text: '加我薇信领取免费资料' }).action).toBe('delete');
  });

  it('treats links by the allow-list, the member’s own website and shorteners', () => {
    const settings: ModerationSettings = { ...DEFAULT_MODERATION_SETTINGS, allowedDomains: ['feishu.cn'] };
    const engine = createModerationEngine({ settings });
    expect(engine.check({ text: 'https://lihua.feishu.cn/docx/abc' }).action).toBe('allow');
    expect(engine.check({ text: 'https://www.lihua-tech.cn' }).rules).toEqual(['ad.link']);
    expect(engine.check({ text: 'https://www.lihua-tech.cn', memberDomains: ['lihua-tech.cn'] }).action).toBe('allow');
    const noMemberSites = createModerationEngine({ settings: { ...settings, allowMemberWebsites: false } });
    expect(noMemberSites.check({ text: 'https://www.lihua-tech.cn', memberDomains: ['lihua-tech.cn'] }).action).toBe(
      'review',
    );
    expect(engine.findings({ text: 'bit.ly/3kX9pQz' })).toEqual([
      { rule: 'ad.link', certain: true, evidence: 'bit.ly' },
    ]);
  });

  it('deletes invitations to other groups, including links written with spaces', () => {
    for (const text of ['discord.gg/abc', 'join our WhatsApp group', 't . me / cn_deals', '群号 784512369']) {
      expect(standard.check({ text })).toMatchObject({ action: 'delete', rules: ['ad.invite'] });
    }
    expect(standard.check({ text: '欢迎新朋友进群' }).action).toBe('allow');
  });

  it('tells promotion of excluded topics from discussion of them', () => {
    expect(standard.check({ text: '币圈项目稳赚不赔' }).action).toBe('delete');
    expect(standard.check({ text: '警惕资金盘骗局，高收益都是假的' }).action).toBe('allow');
    expect(standard.check({ text: 'Crypto is banned here, please keep it out of the group' }).action).toBe('allow');
    expect(standard.check({ text: 'guaranteed returns!' }).action).toBe('review');
  });

  it('flags mass mentions: everyone, or more people than allowed', () => {
    expect(standard.check({ text: '@所有人 开会' }).rules).toEqual(['flood.mentions']);
    expect(standard.check({ text: '<@1> <@2> <@3> <@4> <@5> <@6> hi' }).rules).toEqual(['flood.mentions']);
    expect(standard.check({ text: '<@1> <@2> hi' }).rules).toEqual([]);
    expect(standard.check({ text: 'hi', mentionCount: 9 }).rules).toEqual(['flood.mentions']);
  });

  it('flags more than N messages in M seconds from the author’s history', () => {
    const { floodMaxMessages, floodWindowSeconds } = DEFAULT_MODERATION_SETTINGS;
    const history = Array.from({ length: floodMaxMessages }, (_, i) => ({ text: `msg ${i}`, at: T0 - i * 1000 }));
    expect(standard.check({ text: 'one more', at: T0 + 500, history }).rules).toEqual(['flood.rate']);
    expect(standard.check({ text: 'one more', at: T0 + 500, history: history.slice(1) }).rules).toEqual([]);
    const later = T0 + floodWindowSeconds * 1000 + 1;
    expect(standard.check({ text: 'one more', at: later, history }).rules).toEqual([]);
  });

  it('flags the same text repeated across channels, however it is spaced or spelled', () => {
    const history = [{ text: '本周六上午十点，线下沙龙报名', channelId: 'general', at: T0 - 30_000 }];
    const verdict = standard.check({ text: '本周六 上午十点 线下沙龙报名！', at: T0, history });
    expect(verdict).toMatchObject({ action: 'delete', rules: ['flood.repeat'] });
    expect(verdict.findings[0]?.evidence).toBe('also in general');
    expect(standard.check({ text: '谢谢', at: T0, history: [{ text: '谢谢', at: T0 - 1000 }] }).rules).toEqual([]);
    const old = [{ text: '本周六上午十点，线下沙龙报名', at: T0 - 10 * 60_000 }];
    expect(standard.check({ text: '本周六上午十点，线下沙龙报名', at: T0, history: old }).rules).toEqual([]);
  });

  it('holds links and contact details of newcomers for review, even allowed ones', () => {
    const settings: ModerationSettings = { ...DEFAULT_MODERATION_SETTINGS, allowedDomains: ['feishu.cn'] };
    const engine = createModerationEngine({ settings });
    expect(engine.check({ text: 'https://lihua.feishu.cn/docx/abc', isNewMember: true })).toMatchObject({
      action: 'review',
      rules: ['sandbox'],
    });
    expect(engine.check({ text: 'my email is anna@brightpack.co', isNewMember: true }).rules).toEqual(['sandbox']);
    expect(engine.check({ text: '大家好，我做五金出口', isNewMember: true }).action).toBe('allow');
    const noSandbox = createModerationEngine({ settings: { ...settings, sandboxDays: 0 } });
    expect(noSandbox.check({ text: 'https://lihua.feishu.cn/docx/abc', isNewMember: true }).action).toBe('allow');
  });

  it('applies the presets and the off switch', () => {
    const text = '具体价格我们私聊';
    expect(createModerationEngine({ settings: MODERATION_PRESET_SETTINGS.relaxed }).check({ text }).action).toBe(
      'allow',
    );
    expect(createModerationEngine({ settings: MODERATION_PRESET_SETTINGS.strict }).check({ text }).action).toBe(
      'review',
    );
    const off = createModerationEngine({ settings: { ...DEFAULT_MODERATION_SETTINGS, enabled: false } });
    expect(off.check({ text: '加我微信 abc_123' })).toMatchObject({ action: 'allow', rules: [] });
    const contactOff = createModerationEngine({
      settings: {
        ...DEFAULT_MODERATION_SETTINGS,
        rules: { ...DEFAULT_MODERATION_SETTINGS.rules, 'ad.contact': 'off' },
      },
    });
    expect(contactOff.check({ text: '加我微信 abc_123' }).action).toBe('allow');
  });

  it('examines the start and the end of a very long message', () => {
    const padding = '今天天气不错。'.repeat(3_000);
    expect(standard.check({ text: `${padding} 加我微信 abc_123` }).action).toBe('delete');
    expect(standard.check({ text: `加我微信 abc_123 ${padding}` }).action).toBe('delete');
    expect(standard.check({ text: padding }).action).toBe('allow');
  });
});
