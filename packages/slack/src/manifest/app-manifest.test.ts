import { readFileSync } from 'node:fs';
import { catalogue } from '@snowball/commands';
import { describe, expect, it } from 'vitest';
import { appManifest } from './app-manifest.js';
import { SHIPPED_MANIFEST_URL, shippedManifestJson } from './write-manifest.js';

describe('appManifest', () => {
  it('is shipped up to date with the catalogue (regenerate: pnpm --filter @snowball/slack manifest)', () => {
    const shipped = JSON.parse(readFileSync(SHIPPED_MANIFEST_URL, 'utf8'));
    expect(shipped).toEqual(JSON.parse(shippedManifestJson()));
  });

  it('registers every slash command and the message shortcut, pointing at /slack/events', () => {
    const manifest = appManifest(catalogue, { baseUrl: 'https://club.example.com/', prefix: 'sb-' });
    const slash = catalogue.filter((c) => c.type !== 'message');
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(slash.map((c) => `/sb-${c.name}`));
    for (const command of manifest.features.slash_commands) {
      expect(command.command.length).toBeLessThanOrEqual(32);
      expect(command.url).toBe('https://club.example.com/slack/events');
      expect(command.description.length).toBeLessThanOrEqual(2000);
    }
    const ask = manifest.features.slash_commands.find((c) => c.command === '/sb-ask');
    expect(ask).toMatchObject({
      description: 'Ask the coach a private question · 私下向导师提问',
      usage_hint: '<question>',
    });
    expect(manifest.features.shortcuts).toEqual([
      {
        name: 'Report message · 举报消息',
        type: 'message',
        callback_id: 'sb-report',
        description: 'Report message · 举报消息',
      },
      {
        name: 'Save to library · 收入精华',
        type: 'message',
        callback_id: 'sb-save',
        description: 'Save to library · 收入精华',
      },
    ]);
    expect(manifest.settings.interactivity).toEqual({
      is_enabled: true,
      request_url: 'https://club.example.com/slack/events',
    });
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_home_opened', 'message.channels', 'message.groups']),
    );
    expect(manifest.oauth_config.redirect_urls).toEqual(['https://club.example.com/slack/oauth_redirect']);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'channels:manage', 'groups:write', 'users:read']),
    );
  });

  it('leaves request URLs out in Socket Mode', () => {
    const manifest = appManifest(catalogue, { baseUrl: 'https://x', socketMode: true });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(manifest)).not.toContain('https://x');
  });
});
