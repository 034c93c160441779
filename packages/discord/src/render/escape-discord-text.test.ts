import { describe, expect, it } from 'vitest';
import { escapeDiscordText, truncateDiscordText } from './escape-discord-text.js';

describe('escapeDiscordText', () => {
  it('escapes formatting, lists, headings, quotes and masked links', () => {
    expect(escapeDiscordText('# Big\n- item\n1. one\n> quote\n[x](https://a.example) ~~s~~')).toBe(
      '\\# Big\n\\- item\n1\\. one\n\\> quote\n\\[x](https://a.example) \\~\\~s\\~\\~',
    );
  });

  it('breaks mention, channel, emoji and timestamp syntax', () => {
    expect(escapeDiscordText('<@1> <@!2> <@&3> <#4> <:e:5> <a:e:6> <t:7:R> </cmd:8> a<b')).toBe(
      '\\<@1> \\<@!2> \\<@&3> \\<#4> \\<:e:5> \\<a:e:6> \\<t:7:R> \\</cmd:8> a<b',
    );
  });

  it('leaves links whole, so tokens with underscores keep working', () => {
    expect(escapeDiscordText('Sign in: https://club.example/login?token=ab_cd*ef~~gh. _done_')).toBe(
      'Sign in: https://club.example/login?token=ab_cd*ef~~gh. \\_done\\_',
    );
    expect(escapeDiscordText('[x](https://evil.example/a_b) <@1>')).toBe('\\[x](https://evil.example/a_b) \\<@1>');
  });

  it('leaves plain and Chinese text alone', () => {
    expect(escapeDiscordText('你好，世界 hello 2025')).toBe('你好，世界 hello 2025');
  });
});

describe('truncateDiscordText', () => {
  it('keeps short text and cuts long text with an ellipsis', () => {
    expect(truncateDiscordText('abc', 3)).toBe('abc');
    expect(truncateDiscordText('abcdef', 4)).toBe('abc…');
  });

  it('counts code points so emoji are never split', () => {
    expect(truncateDiscordText('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('drops a backslash the cut would leave escaping nothing', () => {
    expect(truncateDiscordText('ab\\*cd', 4)).toBe('ab…');
    expect(truncateDiscordText('a\\\\bcd', 4)).toBe('a\\\\…');
  });
});
