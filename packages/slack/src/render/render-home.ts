import type { types } from '@slack/bolt';
import type { MessageReply } from '@snowball/commands';
import { type Locale, translate } from '@snowball/core';
import { slackTexts } from '../texts/slack-texts.js';
import { BLOCK_LIMITS, renderBlocks } from './render-blocks.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

/**
 * The App Home tab: a welcome header, then one section per reply (the member's status, and whatever
 * other home sections exist), separated by dividers. `clubName` null means the team has no club yet.
 */
export function renderHome(
  sections: readonly MessageReply[],
  options: { locale: Locale; clubName: string | null },
): types.HomeView {
  const t = (key: keyof typeof slackTexts, params?: Record<string, unknown>) =>
    translate(slackTexts, options.locale, key, params);
  const blocks: types.KnownBlock[] = [];
  if (options.clubName === null) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(t('homeNotSetUp')), verbatim: true } });
    return { type: 'home', blocks };
  }
  blocks.push({
    type: 'header',
    text: { type: 'plain_text', text: truncate(t('homeTitle', { club: options.clubName }), BLOCK_LIMITS.headerText) },
  });
  for (const reply of sections) {
    const budget = BLOCK_LIMITS.viewBlocks - blocks.length - 2;
    if (budget <= 1) break;
    blocks.push({ type: 'divider' }, ...renderBlocks(reply, budget).blocks);
  }
  blocks.push(
    { type: 'divider' },
    { type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(t('homeCommands')), verbatim: true }] },
  );
  return { type: 'home', blocks };
}
