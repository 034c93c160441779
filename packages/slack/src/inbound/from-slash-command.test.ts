import type { SlashCommand } from '@slack/bolt';
import { catalogue } from '@snowball/commands';
import { slashCommandRequest } from '@snowball/testkit';
import { describe, expect, it } from 'vitest';
import { renderUsage } from '../render/render-usage.js';
import { fromSlashCommand } from './from-slash-command.js';

function body(command: string, text = ''): SlashCommand {
  return slashCommandRequest({ command, text, teamId: 'T1', userId: 'U1', userName: 'ada', channelId: 'C1' })
    .payload as unknown as SlashCommand;
}

describe('fromSlashCommand', () => {
  it('turns a command and its text into a neutral invocation', () => {
    expect(fromSlashCommand(body('/ask', 'How do I price "custom cakes"?'), catalogue)).toEqual({
      kind: 'invocation',
      invocation: {
        type: 'command',
        caller: { platform: 'slack', workspaceId: 'T1', userId: 'U1', userName: 'ada', locale: null, channelId: 'C1' },
        name: 'ask',
        subcommand: null,
        options: { question: 'How do I price custom cakes?' },
      },
    });
  });

  it('reads name:value options and subcommands', () => {
    const find = fromSlashCommand(body('/find', 'bakery region:"East London"'), catalogue);
    expect(find).toMatchObject({ invocation: { name: 'find', options: { region: 'East London' } } });
    const mod = fromSlashCommand(body('/mod', 'login'), catalogue);
    expect(mod).toMatchObject({ invocation: { name: 'mod', subcommand: 'login' } });
  });

  it('strips the workspace prefix', () => {
    expect(fromSlashCommand(body('/sb-me'), catalogue, 'sb-')).toMatchObject({ invocation: { name: 'me' } });
  });

  it('answers unknown commands, help, unknown subcommands and missing options with usage', () => {
    expect(fromSlashCommand(body('/nope'), catalogue)).toMatchObject({
      kind: 'usage',
      command: null,
      problem: { type: 'unknown_command', name: 'nope' },
    });
    expect(fromSlashCommand(body('/ask', 'help'), catalogue)).toMatchObject({
      kind: 'usage',
      problem: { type: 'help' },
    });
    expect(fromSlashCommand(body('/mod', 'logout'), catalogue)).toMatchObject({
      kind: 'usage',
      problem: { type: 'unknown_subcommand', given: 'logout' },
    });
    expect(fromSlashCommand(body('/ask', '   '), catalogue)).toMatchObject({
      kind: 'usage',
      problem: { type: 'missing_option', option: 'question' },
    });
  });

  it('never treats the message shortcut as a slash command', () => {
    expect(fromSlashCommand(body('/report'), catalogue)).toMatchObject({ kind: 'usage', command: null });
  });
});

describe('renderUsage', () => {
  it('explains in the caller language, with the prefix', () => {
    const parse = fromSlashCommand(body('/sb-ask'), catalogue, 'sb-');
    if (parse.kind !== 'usage') throw new Error('expected usage');
    const zh = renderUsage(parse, catalogue, 'zh-CN', 'sb-');
    expect(zh).toMatchObject({ kind: 'message', private: true, title: '/sb-ask 的用法', tone: 'warning' });
    expect(zh.kind === 'message' && zh.text).toContain('/sb-ask 需要填写 question。');
    expect(zh.kind === 'message' && zh.text).toContain('/sb-ask <question> — 私下向导师提问');
    const en = renderUsage(parse, catalogue, 'en', 'sb-');
    expect(en.kind === 'message' && en.text).toContain('/sb-ask needs question.');
  });

  it('lists every slash command for an unknown one', () => {
    const parse = fromSlashCommand(body('/nope'), catalogue);
    if (parse.kind !== 'usage') throw new Error('expected usage');
    const reply = renderUsage(parse, catalogue, 'en');
    const text = reply.kind === 'message' ? reply.text : '';
    expect(text).toContain('There is no command /nope.');
    for (const c of catalogue.filter((c) => c.type !== 'message')) expect(text).toContain(`/${c.name}`);
    // "Report message" is a message shortcut, not a slash command (`/report-member` is one).
    expect(text).not.toMatch(/\/report(?!-member)/);
  });

  it('lists the subcommands when one is unknown', () => {
    const parse = fromSlashCommand(body('/privacy', 'shred'), catalogue);
    if (parse.kind !== 'usage') throw new Error('expected usage');
    const reply = renderUsage(parse, catalogue, 'en');
    expect(reply.kind === 'message' && reply.text).toMatch(/\/privacy export[\s\S]*\/privacy delete/);
  });
});
