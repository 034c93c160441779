import { SocketModeReceiver } from '@slack/bolt';
import { catalogue, createDispatcher } from '@snowball/commands';
import { createCore } from '@snowball/core';
import { createTestPorts } from '@snowball/core/testing';
import { describe, expect, it } from 'vitest';
import { createSlackApp } from './create-slack-app.js';
import { createSlackPorts } from './create-slack-ports.js';

describe('createSlackApp', () => {
  const core = createCore(createTestPorts());
  const deps = { core, dispatcher: createDispatcher({ core, commands: catalogue }), catalogue };

  it('uses Socket Mode when an app token is set (no public URL, no signing secret)', async () => {
    const settings = { botToken: 'xoxb-1', appToken: 'xapp-1-A1-1-abc' };
    const runtime = createSlackApp(settings, createSlackPorts(settings), deps);
    expect(runtime.transport).toBe('socket');
    expect(runtime.receiver).toBeNull();
    expect((runtime.app as unknown as { receiver: unknown }).receiver).toBeInstanceOf(SocketModeReceiver);
    expect((await runtime.handleEvents({ rawBody: '', headers: {} })).status).toBe(404);
  });

  it('uses the HTTP receiver otherwise, and needs the signing secret for it', () => {
    const settings = { botToken: 'xoxb-1', signingSecret: 's' };
    const runtime = createSlackApp(settings, createSlackPorts(settings), deps);
    expect(runtime.transport).toBe('http');
    expect(runtime.receiver).not.toBeNull();
    expect(() => createSlackApp({ botToken: 'xoxb-1' }, createSlackPorts({ botToken: 'xoxb-1' }), deps)).toThrow(
      /SLACK_SIGNING_SECRET/,
    );
  });

  it('needs a bot token or the complete OAuth settings', () => {
    expect(() => createSlackPorts({})).toThrow(/SLACK_BOT_TOKEN/);
    expect(() => createSlackPorts({ clientId: 'c', clientSecret: 's' })).toThrow(/stateSecret, tokenKey/);
  });

  it('needs the public URL for the OAuth redirect in multi-workspace mode', () => {
    const settings = {
      signingSecret: 's',
      clientId: 'c',
      clientSecret: 's',
      stateSecret: 'st',
      tokenKey: Buffer.alloc(32).toString('base64'),
    };
    expect(() => createSlackApp(settings, createSlackPorts(settings), deps)).toThrow(/PUBLIC_URL/);
  });
});
