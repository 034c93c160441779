import { DomainError } from '../errors/domain-error.js';

/** Money is always integer minor units with an ISO 4217 code: 1000.00 CNY is `{ amountMinor: 100000, currency: 'CNY' }`. */
export interface Money {
  readonly amountMinor: number;
  readonly currency: string;
}

/** ISO 4217 codes we accept, with the number of minor-unit digits. */
export const CURRENCIES: Readonly<Record<string, number>> = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  HKD: 2,
  TWD: 2,
  MOP: 2,
  SGD: 2,
  MYR: 2,
  THB: 2,
  VND: 0,
  IDR: 2,
  PHP: 2,
  JPY: 0,
  KRW: 0,
  GBP: 2,
  CHF: 2,
  AUD: 2,
  NZD: 2,
  CAD: 2,
  AED: 2,
  SAR: 2,
  INR: 2,
  RUB: 2,
  BRL: 2,
  MXN: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  PLN: 2,
  TRY: 2,
  ZAR: 2,
  ILS: 2,
};

export function isKnownCurrency(code: string): boolean {
  return Object.hasOwn(CURRENCIES, code);
}

export function minorDigits(currency: string): number {
  return CURRENCIES[currency] ?? 2;
}

/** Validates a currency code and normalises its case; throws `payment.unknown_currency`. */
export function normalizeCurrency(code: string): string {
  const upper = code.trim().toUpperCase();
  if (!isKnownCurrency(upper)) throw new DomainError('payment.unknown_currency', { currency: code });
  return upper;
}

/** Parses a decimal amount typed by a person ("1000", "1,000.50", "１０００") into minor units. */
export function parseAmount(text: string, currency: string): number {
  const digits = minorDigits(currency);
  const ascii = text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s_]/g, '');
  if (!/^\d+(\.\d+)?$/.test(ascii)) throw new DomainError('payment.invalid_amount');
  const [whole = '0', fraction = ''] = ascii.split('.');
  if (fraction.length > digits) throw new DomainError('payment.invalid_amount');
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor) || minor <= 0) throw new DomainError('payment.invalid_amount');
  return minor;
}

export function formatMoney(money: Money, locale = 'en'): string {
  const digits = minorDigits(money.currency);
  const value = money.amountMinor / 10 ** digits;
  return `${value.toLocaleString(locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  })} ${money.currency}`;
}
