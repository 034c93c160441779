import { describe, expect, it } from 'vitest';
import { formProblems, replyProblems } from './limits.js';
import { privateMessage } from './reply.js';

describe('reply and form limits', () => {
  it('catches more buttons than Discord shows, across items and the reply', () => {
    const button = (n: number) => ({ action: `x:y:${n}`, label: `${n}` });
    const items = Array.from({ length: 8 }, (_, i) => ({
      title: `${i}`,
      buttons: [0, 1, 2].map((j) => button(i * 3 + j)),
    }));
    expect(replyProblems(privateMessage('', { items }))).toEqual([]);
    expect(replyProblems(privateMessage('', { items, buttons: [button(98)] }))).toEqual([]);
    expect(replyProblems(privateMessage('', { items, buttons: [button(98), button(99)] }))).toEqual([
      'more than 25 buttons',
    ]);
  });

  it('catches forms a modal cannot hold', () => {
    const field = (id: string) => ({ id, label: id, style: 'short' as const, required: false, maxLength: 10 });
    const problems = formProblems({
      action: 'x:save',
      title: 'A title longer than twenty-four',
      fields: ['a', 'b', 'c', 'd', 'e', 'f'].map(field),
    });
    expect(problems).toEqual(['form x:save: more than 5 fields', 'form x:save: title longer than 24']);
  });
});
