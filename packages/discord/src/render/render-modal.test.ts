import { describe, expect, it } from 'vitest';
import { discordModalProblems } from './discord-payload-problems.js';
import { renderModal } from './render-modal.js';

describe('renderModal', () => {
  it('renders each field as a labelled text input, routed by the form action', () => {
    const modal = renderModal({
      action: 'apply:submit',
      title: 'Application',
      fields: [
        { id: 'name', label: 'Your name', style: 'short', required: true, maxLength: 80, value: 'Alice' },
        { id: 'about', label: 'About', style: 'paragraph', required: false, maxLength: 2000, placeholder: 'Tea' },
      ],
    });
    expect(modal).toEqual({
      custom_id: 'apply:submit',
      title: 'Application',
      components: [
        {
          type: 18,
          label: 'Your name',
          component: { type: 4, custom_id: 'name', style: 1, required: true, max_length: 80, value: 'Alice' },
        },
        {
          type: 18,
          label: 'About',
          component: { type: 4, custom_id: 'about', style: 2, required: false, max_length: 2000, placeholder: 'Tea' },
        },
      ],
    });
    expect(discordModalProblems(modal)).toEqual([]);
  });

  it('cuts titles, labels, lengths and prefilled values to what Discord accepts', () => {
    const modal = renderModal({
      action: 'x:y',
      title: '申'.repeat(60),
      fields: Array.from({ length: 7 }, (_, i) => ({
        id: `f${i}`,
        label: 'l'.repeat(60),
        style: 'short' as const,
        required: false,
        maxLength: 9000,
        value: 'v'.repeat(5000),
        placeholder: 'p'.repeat(200),
      })),
    });
    expect(modal.components).toHaveLength(5);
    expect([...modal.title]).toHaveLength(45);
    expect(discordModalProblems(modal)).toEqual([]);
  });
});
