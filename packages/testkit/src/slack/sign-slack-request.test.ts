import { describe, expect, it } from 'vitest';
import { blockActionRequest } from './block-action.fixture.js';
import { signSlackRequest } from './sign-slack-request.js';
import { slashCommandRequest } from './slash-command.fixture.js';

describe('signSlackRequest', () => {
  it('matches the worked example in Slack’s request-verification docs', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(signSlackRequest('8f742231b10e8888abcd99yyyzzz85a5', body, 1531420618)).toEqual({
      'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
      'x-slack-request-timestamp': '1531420618',
    });
  });
});

describe('fixtures', () => {
  it('form-encode slash commands like Slack', () => {
    const fixture = slashCommandRequest({
      command: '/ask',
      text: 'a & b',
      responseUrl: 'https://r',
      triggerId: '1.2.3',
    });
    const fields = Object.fromEntries(new URLSearchParams(fixture.body));
    expect(fields).toMatchObject({
      command: '/ask',
      text: 'a & b',
      team_id: 'T0SNOWBALL',
      user_id: 'U0MEMBER1',
      user_name: 'member',
      channel_id: 'C0GENERAL1',
      api_app_id: 'A0SNOWBALL',
      response_url: 'https://r',
      trigger_id: '1.2.3',
    });
    expect(fixture.contentType).toBe('application/x-www-form-urlencoded');
  });

  it('carry interactivity JSON in the payload form field', () => {
    const fixture = blockActionRequest({ actionId: 'apply:start' });
    const payload = JSON.parse(new URLSearchParams(fixture.body).get('payload') ?? '{}');
    expect(payload).toMatchObject({ type: 'block_actions', actions: [{ action_id: 'apply:start', type: 'button' }] });
    expect(payload.trigger_id).toMatch(/^\d+\.\d+\.[0-9a-f]{32}$/);
  });
});
