import type { ViewSubmitAction } from '@slack/bolt';
import { viewSubmissionRequest } from '@snowball/testkit';
import { describe, expect, it } from 'vitest';
import { fromViewSubmission } from '../inbound/from-view-submission.js';
import { readModalMetadata, renderModal } from './render-modal.js';

const form = {
  action: 'apply:submit',
  title: 'An application form with a very long title',
  fields: [
    { id: 'name', label: 'Your name', style: 'short' as const, required: true, maxLength: 80, value: 'Ada' },
    { id: 'email', label: 'Email', style: 'short' as const, required: false, maxLength: 254 },
    {
      id: 'about',
      label: 'About',
      style: 'paragraph' as const,
      required: true,
      maxLength: 4000,
      placeholder: 'Tell us',
    },
  ],
};

describe('renderModal', () => {
  it('renders a form as a modal with one input per field', () => {
    const view = renderModal(form, { locale: 'zh-CN', metadata: { channelId: 'C1', responseUrl: 'https://r' } });
    expect(view).toMatchObject({
      type: 'modal',
      callback_id: 'apply:submit',
      submit: { type: 'plain_text', text: '提交' },
      close: { type: 'plain_text', text: '取消' },
    });
    expect([...view.title.text].length).toBeLessThanOrEqual(24);
    expect(view.blocks).toEqual([
      {
        type: 'input',
        block_id: 'name',
        optional: false,
        label: { type: 'plain_text', text: 'Your name', emoji: true },
        element: {
          type: 'plain_text_input',
          action_id: 'name',
          multiline: false,
          max_length: 80,
          initial_value: 'Ada',
        },
      },
      expect.objectContaining({ block_id: 'email', optional: true }),
      expect.objectContaining({
        block_id: 'about',
        element: expect.objectContaining({
          multiline: true,
          max_length: 3000,
          placeholder: { type: 'plain_text', text: 'Tell us', emoji: true },
        }),
      }),
    ]);
    expect(readModalMetadata(view.private_metadata, 'ignored')).toEqual({
      action: 'apply:submit',
      channelId: 'C1',
      responseUrl: 'https://r',
    });
  });

  it('falls back to the callback id for modals without our metadata', () => {
    expect(readModalMetadata('not json', 'review:reject:a1')).toEqual({
      action: 'review:reject:a1',
      channelId: null,
      responseUrl: null,
    });
  });

  it('reads a submission of the rendered modal back into a neutral form invocation', () => {
    const view = renderModal(form, { locale: 'en', metadata: { channelId: 'C9', responseUrl: null } });
    const fixture = viewSubmissionRequest({
      view: view as never,
      values: { name: 'Ada <!everyone>', about: 'I bake' },
      teamId: 'T1',
      userId: 'U1',
      userName: 'ada',
    });
    const { invocation, metadata } = fromViewSubmission(fixture.payload as unknown as ViewSubmitAction);
    expect(invocation).toEqual({
      type: 'form',
      caller: { platform: 'slack', workspaceId: 'T1', userId: 'U1', userName: 'ada', locale: null, channelId: 'C9' },
      action: 'apply:submit',
      values: { name: 'Ada <!everyone>', email: '', about: 'I bake' },
    });
    expect(metadata.responseUrl).toBeNull();
  });
});
