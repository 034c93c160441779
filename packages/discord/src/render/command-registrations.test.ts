import { catalogue, defineCommand } from '@snowball/commands';
import { discordCommandRegistrationProblems } from '@snowball/testkit';
import { describe, expect, it } from 'vitest';
import { commandRegistrations } from './command-registrations.js';

describe('commandRegistrations', () => {
  const body = commandRegistrations(catalogue);

  it('registers every command of the catalogue in a form Discord accepts', () => {
    expect(body).toHaveLength(catalogue.length);
    expect(discordCommandRegistrationProblems(body)).toEqual([]);
  });

  it('localizes names and descriptions in zh-CN', () => {
    const apply = body.find((c) => c.name === 'apply');
    expect(apply).toMatchObject({
      type: 1,
      name_localizations: { 'zh-CN': '申请入会' },
      description: 'Apply to join the club',
      description_localizations: { 'zh-CN': '申请加入社群' },
    });
  });

  it('types options and keeps their limits', () => {
    expect(body.find((c) => c.name === 'ask')).toMatchObject({
      options: [
        {
          type: 3,
          name: 'question',
          description: 'Your question',
          description_localizations: { 'zh-CN': '你的问题' },
          required: true,
          max_length: 4000,
        },
      ],
    });
  });

  it('registers subcommands', () => {
    const privacy = body.find((c) => c.name === 'privacy');
    expect(privacy && 'options' in privacy && privacy.options?.map((o) => [o.type, o.name])).toEqual([
      [1, 'export'],
      [1, 'delete'],
    ]);
  });

  it('registers the report command as a message menu named by its description', () => {
    expect(body.find((c) => c.type === 3)).toEqual({
      type: 3,
      name: 'Report message',
      name_localizations: { 'zh-CN': '举报消息' },
    });
  });

  it('maps choices, ranges and booleans', () => {
    const [command] = commandRegistrations([
      defineCommand({
        name: 'rate',
        description: { en: 'Rate', 'zh-CN': '评分' },
        access: 'member',
        options: [
          {
            name: 'kind',
            description: { en: 'Kind', 'zh-CN': '类型' },
            type: 'string',
            required: true,
            choices: [{ value: 'a', label: { en: 'A', 'zh-CN': '甲' } }],
          },
          { name: 'stars', description: { en: 'Stars', 'zh-CN': '星' }, type: 'integer', min: 1, max: 5 },
          { name: 'public', description: { en: 'Public', 'zh-CN': '公开' }, type: 'boolean' },
        ],
      }),
    ]);
    expect(command && 'options' in command && command.options).toEqual([
      {
        type: 3,
        name: 'kind',
        description: 'Kind',
        description_localizations: { 'zh-CN': '类型' },
        required: true,
        choices: [{ name: 'A', name_localizations: { 'zh-CN': '甲' }, value: 'a' }],
      },
      {
        type: 4,
        name: 'stars',
        description: 'Stars',
        description_localizations: { 'zh-CN': '星' },
        required: false,
        min_value: 1,
        max_value: 5,
      },
      {
        type: 5,
        name: 'public',
        description: 'Public',
        description_localizations: { 'zh-CN': '公开' },
        required: false,
      },
    ]);
  });
});
