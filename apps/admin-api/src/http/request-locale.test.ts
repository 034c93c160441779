import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './request-locale.js';
import { fieldMessages } from './validation-messages.js';

describe('localeFromAcceptLanguage', () => {
  it('takes the best supported language by q-value', () => {
    expect(localeFromAcceptLanguage('zh-TW,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('fr-FR,en-GB;q=0.7,zh;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.2, zh-CN;q=0.9')).toBe('zh-CN');
    expect(localeFromAcceptLanguage('de, fr')).toBeUndefined();
    expect(localeFromAcceptLanguage('zh;q=0, en')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
  });
});

describe('fieldMessages', () => {
  it('names each invalid field once, in the request’s language', () => {
    const issues = [
      { keyword: 'required', instancePath: '', params: { missingProperty: 'reference' } },
      { keyword: 'enum', instancePath: '/method', params: { allowedValues: ['cash', 'card'] } },
      { keyword: 'type', instancePath: '/method', params: { type: 'string' } },
      { keyword: 'maxLength', instancePath: '/fee/amount', params: { limit: 32 } },
    ];
    expect(fieldMessages(issues, 'en', 'body')).toEqual([
      { field: 'reference', message: 'reference is required' },
      { field: 'method', message: 'method must be one of: cash, card' },
      { field: 'fee.amount', message: 'fee.amount must have at most 32 characters' },
    ]);
    expect(fieldMessages(issues, 'zh-CN', 'body')[0]).toEqual({ field: 'reference', message: 'reference 为必填项' });
  });
});
