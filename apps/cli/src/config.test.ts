import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('config', () => {
  it('has embedded defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.publicUrl).toBe('http://127.0.0.1:3000');
    expect(config.DISCORD_GUILD_IDS).toEqual([]);
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', DISCORD_TOKEN: 't', SLACK_BOT_TOKEN: 'nope' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'DISCORD_APPLICATION_ID', 'SLACK_BOT_TOKEN'])
      expect(text).toContain(name);
  });

  it('parses lists and trims the public URL', () => {
    const config = loadConfig({ DISCORD_GUILD_IDS: ' 1, 2 ,,3', PUBLIC_URL: 'https://club.example.com/' });
    expect(config.DISCORD_GUILD_IDS).toEqual(['1', '2', '3']);
    expect(config.publicUrl).toBe('https://club.example.com');
  });
});
