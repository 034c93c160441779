import { errorText } from '@snowball/core';
import { describe, expect, it } from 'vitest';
import type { OptionDefinition } from './definition.js';
import { validateOptions } from './dispatch.js';

const texts = { en: 'Count', 'zh-CN': '数量' };
const count: OptionDefinition = { name: 'count', description: texts, type: 'integer', min: 1, max: 9 };
const price: OptionDefinition = { name: 'price', description: texts, type: 'number' };

function refusal(spec: OptionDefinition, value: string): unknown {
  try {
    validateOptions([spec], { [spec.name]: value });
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('validateOptions', () => {
  it('says why a number was refused in the caller’s language', () => {
    expect(errorText(refusal(count, '2.5'), 'en')).toBe('Please check count: whole number');
    expect(errorText(refusal(count, '2.5'), 'zh-CN')).toBe('请检查「count」：请填写整数');
    expect(errorText(refusal(price, 'abc'), 'zh-CN')).toBe('请检查「price」：请填写数字');
    expect(validateOptions([count], { count: '3' })).toEqual({ count: 3 });
  });
});
