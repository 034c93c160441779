import type { Form } from '@snowball/commands';
import { describe, expect, it } from 'vitest';
import { FormStash } from './form-stash.js';

const form: Form = { action: 'x:submit', title: 'X', fields: [] };

describe('FormStash', () => {
  it('returns a stashed form until it expires, and only then', () => {
    let now = 0;
    const stash = new FormStash(1000, 10, () => now);
    const id = stash.put(form);
    expect(FormStash.isStashed(id)).toBe(true);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(stash.get(id)).toBe(form);
    expect(stash.get(id)).toBe(form);
    now = 1000;
    expect(stash.get(id)).toBeNull();
  });

  it('forgets the oldest forms beyond its size', () => {
    const stash = new FormStash(60_000, 2);
    const first = stash.put(form);
    stash.put(form);
    stash.put(form);
    expect(stash.get(first)).toBeNull();
    expect(FormStash.isStashed('apply:start')).toBe(false);
  });
});
