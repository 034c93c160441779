import type { PaymentMethod, SeriesBody, Weekday } from './types.js';

// Lists the panel offers to pick from. The record form makes the compiler check each list against the API's own
// type: a value missing here, or one the API does not take, fails the type check.

const PAYMENT_METHOD_SET: Readonly<Record<PaymentMethod, true>> = {
  bank_transfer: true,
  wechat_pay: true,
  alipay: true,
  card: true,
  cash: true,
  stripe: true,
  other: true,
};
export const PAYMENT_METHODS = Object.keys(PAYMENT_METHOD_SET) as readonly PaymentMethod[];

const WEEKDAY_SET: Readonly<Record<Weekday, true>> = {
  MO: true,
  TU: true,
  WE: true,
  TH: true,
  FR: true,
  SA: true,
  SU: true,
};
export const WEEKDAYS = Object.keys(WEEKDAY_SET) as readonly Weekday[];

/** Which of the month's weekdays a monthly series takes: 1st to 5th, or -1 for the last. */
export const MONTH_WEEKS = [1, 2, 3, 4, 5, -1] as const satisfies readonly NonNullable<SeriesBody['weeks']>[number][];
