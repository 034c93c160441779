import { type MessageReply, privateMessage, publicMessage } from '@snowball/commands';
import { describe, expect, it } from 'vitest';
import { messagePayload } from '../app/deliver-reply.js';
import { renderBlocks } from './render-blocks.js';

type Block = { type: string; text?: { type: string; text: string; verbatim?: boolean }; fields?: { text: string }[] };

/** Every mrkdwn string in a rendered message (section texts, fields, context). */
function mrkdwnTexts(blocks: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const block of blocks as Block[]) {
    if (block.text?.type === 'mrkdwn') out.push(block.text.text);
    for (const field of block.fields ?? []) out.push(field.text);
  }
  return out;
}

describe('renderBlocks', () => {
  it('renders title, text, fields, items and buttons as Block Kit', () => {
    const { text, blocks } = renderBlocks({
      kind: 'message',
      private: true,
      title: 'Applications waiting: 1',
      text: 'Review them now',
      fields: [{ name: 'Status', value: 'active', inline: true }],
      items: [
        {
          title: 'Ada · 1 Jan',
          text: 'Bakery owner',
          fields: [{ name: 'Company', value: 'Ada Bakes' }],
          buttons: [
            { action: 'review:approve:a1', label: 'Approve', style: 'primary' },
            { action: 'review:reject:a1', label: 'Reject', style: 'danger' },
          ],
        },
      ],
      buttons: [{ action: 'apply:start', label: 'Go', style: 'secondary' }],
    });
    expect(text).toBe('Applications waiting: 1\nReview them now');
    expect(blocks.map((b) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'divider',
      'section',
      'section',
      'actions',
      'actions',
    ]);
    expect(blocks[0]).toMatchObject({ text: { type: 'plain_text', text: 'Applications waiting: 1' } });
    expect(blocks[2]).toMatchObject({ fields: [{ type: 'mrkdwn', text: '*Status*\nactive', verbatim: true }] });
    expect(blocks[4]).toMatchObject({ text: { text: '*Ada · 1 Jan*\nBakery owner' } });
    expect(blocks[6]).toMatchObject({
      elements: [
        { type: 'button', action_id: 'review:approve:a1', value: 'review:approve:a1', style: 'primary' },
        { type: 'button', action_id: 'review:reject:a1', style: 'danger' },
      ],
    });
    // Slack has no "secondary" style: the default look is it.
    expect(blocks[7]).toMatchObject({ block_id: 'actions', elements: [{ action_id: 'apply:start' }] });
    expect((blocks[7] as { elements: object[] }).elements[0]).not.toHaveProperty('style');
  });

  it('escapes user text so it can never mention, link or break out of markup', () => {
    const hostile = '<!everyone> <!here> <@U123> <#C1|general> <https://evil.example|click> & more';
    const { text, blocks } = renderBlocks({
      kind: 'message',
      private: false,
      text: hostile,
      fields: [{ name: '<!channel>', value: hostile }],
      items: [{ title: '<@U999>', text: hostile }],
    });
    const all = [text, ...mrkdwnTexts(blocks)];
    for (const piece of all) {
      expect(piece).not.toMatch(/<[!@#]/);
      expect(piece).not.toContain('<https');
    }
    expect(mrkdwnTexts(blocks)[0]).toContain('&lt;!everyone&gt; &lt;!here&gt; &lt;@U123&gt;');
    expect(mrkdwnTexts(blocks)[0]).toContain('&amp; more');
    for (const block of blocks as Block[]) if (block.text?.type === 'mrkdwn') expect(block.text.verbatim).toBe(true);
  });

  it('shows a verbatim field (a mention snowball wrote) as is, and escapes the others', () => {
    const { blocks } = renderBlocks({
      kind: 'message',
      private: true,
      text: 'Connected',
      fields: [
        { name: 'Contact', value: 'Slack: <@U0ADA>', verbatim: true },
        { name: 'Note', value: '<@U0BOB>' },
      ],
    });
    expect(mrkdwnTexts(blocks)).toContain('*Contact*\nSlack: <@U0ADA>');
    expect(mrkdwnTexts(blocks)).toContain('*Note*\n&lt;@U0BOB&gt;');
  });

  it('keeps very long text within Slack limits without splitting an entity', () => {
    const long = `${'<&>'.repeat(3000)}end`;
    const { text, blocks } = renderBlocks(
      privateMessage(long, { fields: [{ name: 'x', value: 'y'.repeat(5000) }] }) as MessageReply,
    );
    expect(text.length).toBeLessThanOrEqual(3000);
    const sections = mrkdwnTexts(blocks);
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      expect(s.length).toBeLessThanOrEqual(3000);
      // Every & starts a whole entity.
      expect(s.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
    }
    expect(sections.find((s) => s.startsWith('*x*'))?.length).toBeLessThanOrEqual(2000);
  });

  it('never exceeds 50 blocks and keeps the last buttons', () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ title: `Item ${i}` }));
    const { blocks } = renderBlocks({
      kind: 'message',
      private: true,
      text: 'many',
      items,
      buttons: [{ action: 'x:more', label: 'More' }],
    });
    expect(blocks.length).toBe(50);
    expect(blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: 'x:more' }] });
  });

  it('drops repeated buttons within one actions block and cuts long labels', () => {
    const { blocks } = renderBlocks(
      publicMessage('x', {
        buttons: [
          { action: 'a:b', label: 'L'.repeat(100) },
          { action: 'a:b', label: 'again' },
        ],
      }) as MessageReply,
    );
    const actions = blocks.find((b) => b.type === 'actions') as { elements: { text: { text: string } }[] };
    expect(actions.elements).toHaveLength(1);
    expect([...(actions.elements[0]?.text.text ?? '')].length).toBe(75);
  });

  it('answers private replies ephemerally and public ones in the channel', () => {
    expect(messagePayload(privateMessage('mine') as MessageReply)).toMatchObject({ response_type: 'ephemeral' });
    expect(messagePayload(publicMessage('ours') as MessageReply)).toMatchObject({ response_type: 'in_channel' });
  });

  it('marks the tone of errors and successes', () => {
    const error = renderBlocks(privateMessage('No.', { tone: 'error' }) as MessageReply);
    expect(mrkdwnTexts(error.blocks)[0]).toBe(':x: No.');
  });
});
