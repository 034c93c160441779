import { feishuCardButtons, feishuCardInputs, feishuCardText } from '@snowball/testkit';
import { describe, expect, it } from 'vitest';
import { parseActionValue } from './card-value.js';
import { FEISHU_INPUT_MAX, renderCard, renderFormCard } from './render-card.js';

describe('renderCard', () => {
  it('shows the title by tone, the text, fields, items and buttons in order, as plain text', () => {
    const card = renderCard(
      {
        title: 'Upcoming lessons',
        text: '**not bold** <at id=all></at>',
        tone: 'success',
        fields: [{ name: 'Status', value: 'active' }],
        items: [{ title: 'Pricing', buttons: [{ action: 'lessons:rsvp:1', label: 'RSVP', style: 'primary' }] }],
        buttons: [{ action: 'lessons:mute', label: 'Mute', style: 'danger' }],
      },
      'zh-CN',
    );
    expect(card.header).toEqual({ title: { tag: 'plain_text', content: 'Upcoming lessons' }, template: 'green' });
    expect(feishuCardText(card as never)).toBe(
      ['Upcoming lessons', '**not bold** <at id=all></at>', 'Status\nactive', 'Pricing', 'RSVP', 'Mute'].join('\n'),
    );
    expect(JSON.stringify(card)).not.toMatch(/lark_md|"markdown"/);
    expect(feishuCardButtons(card as never).map((b) => b.value)).toEqual([
      { action: 'lessons:rsvp:1', locale: 'zh-CN' },
      { action: 'lessons:mute', locale: 'zh-CN' },
    ]);
  });

  it('renders a form as a card form whose submit button carries the form action', () => {
    const card = renderFormCard(
      {
        action: 'answer:submit:q1',
        title: 'Your answer',
        fields: [
          { id: 'answer', label: 'Answer', style: 'paragraph', required: true, maxLength: 4000, value: 'draft' },
        ],
      },
      'en',
    );
    expect(feishuCardInputs(card as never)).toEqual(['answer']);
    const json = JSON.stringify(card);
    expect(json).toContain(`"max_length":${FEISHU_INPUT_MAX}`);
    expect(json).toContain('"default_value":"draft"');
    const [submit] = feishuCardButtons(card as never);
    expect(submit).toEqual({
      label: 'Submit',
      value: { action: 'answer:submit:q1', locale: 'en', form: true },
      submit: true,
    });
  });
});

describe('parseActionValue', () => {
  it('reads our values (objects or JSON strings) and refuses anything else', () => {
    expect(parseActionValue({ action: 'a:b', locale: 'zh-CN' })).toEqual({ action: 'a:b', locale: 'zh-CN' });
    expect(parseActionValue('{"action":"a:b","form":true}')).toEqual({ action: 'a:b', form: true });
    expect(parseActionValue({ action: 'a:b', locale: 'fr' })).toEqual({ action: 'a:b' });
    expect(parseActionValue({ key: 'value' })).toBeNull();
    expect(parseActionValue('nope')).toBeNull();
    expect(parseActionValue(null)).toBeNull();
  });
});
