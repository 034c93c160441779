import { describeDiscounts, pricingOf } from '@snowball/core';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { requestLocale } from '../http/request-locale.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['billing'];

/** One CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is neutralised for spreadsheets. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const EXPORT_PAGE = 100;

/** Owners set renewal pricing, manage coupons, decide full refunds and see disputes (online payments). */
export async function billingRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;

  app.get(
    '/billing',
    { schema: { tags, summary: 'Pricing, coupons, refunds and disputes (owners)', ...endpoints['GET /billing'] } },
    async (request) => {
      const { actor } = await requireSession(request);
      const overview = await core.getBillingOverview({ actor, communityId: actor.communityId });
      return {
        ...overview,
        coupons: [...overview.coupons],
        refunds: [...overview.refunds],
        disputes: [...overview.disputes],
      };
    },
  );

  app.put(
    '/billing/pricing',
    {
      schema: {
        tags,
        summary: 'Set the renewal price, early bird and refund rule (owners)',
        ...endpoints['PUT /billing/pricing'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const community = await core.updatePricing({ actor, communityId: actor.communityId, pricing: request.body });
      return pricingOf(community.settings);
    },
  );

  app.get(
    '/billing/access-check',
    {
      schema: {
        tags,
        summary: "The club's last access check: roles given, taken, reported, failed (owners)",
        ...endpoints['GET /billing/access-check'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { available, lastRun } = await core.getAccessCheck({ actor, communityId: actor.communityId });
      return {
        available,
        lastRun: lastRun
          ? {
              ...lastRun,
              workspaces: [...lastRun.workspaces],
              manualGrants: [...lastRun.manualGrants],
              failures: [...lastRun.failures],
            }
          : null,
      };
    },
  );

  app.post(
    '/billing/access-check',
    {
      schema: { tags, summary: 'Run the access check now (owners)', ...endpoints['POST /billing/access-check'] },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.requestAccessCheck({ actor, communityId: actor.communityId });
    },
  );

  app.post(
    '/billing/coupons',
    { schema: { tags, summary: 'Create a coupon code (owners)', ...endpoints['POST /billing/coupons'] } },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const { expiresAt, ...rest } = request.body;
      const created = await core.createCoupon({
        actor,
        communityId: actor.communityId,
        ...rest,
        expiresAt: expiresAt ? new Date(expiresAt) : null,
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/billing/coupons/:id',
    { schema: { tags, summary: 'Withdraw a coupon (owners)', ...endpoints['DELETE /billing/coupons/:id'] } },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      await core.deleteCoupon({ actor, communityId: actor.communityId, couponId: request.params.id });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/billing/refunds/:id/decision',
    {
      schema: {
        tags,
        summary: 'End or keep access after a full refund (owners)',
        ...endpoints['POST /billing/refunds/:id/decision'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return core.decideRefund({
        actor,
        communityId: actor.communityId,
        refundId: request.params.id,
        endAccess: request.body.endAccess,
      });
    },
  );

  app.get(
    '/payments',
    {
      schema: {
        tags,
        summary: 'The club’s payments, newest first, with totals by month and currency (owners)',
        ...endpoints['GET /payments'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const page = await core.listClubPayments({
        actor,
        communityId: actor.communityId,
        after: request.query.after ?? null,
        ...(request.query.limit ? { limit: request.query.limit } : {}),
      });
      return { ...page, items: [...page.items], totals: [...page.totals] };
    },
  );

  app.get(
    '/payments/export',
    { schema: { tags, summary: 'Every payment as CSV (owners)', ...endpoints['GET /payments/export'] } },
    async (request, reply) => {
      const { actor } = await requireSession(request);
      const lines = ['paid_at,member,amount_minor,currency,method,reference'];
      let after: string | null = null;
      // Keyset pages of 100: the export never holds a query open or loads the club at once.
      do {
        const page = await core.listClubPayments({
          actor,
          communityId: actor.communityId,
          after,
          limit: EXPORT_PAGE,
          withTotals: false,
        });
        for (const p of page.items) {
          lines.push(
            [p.paidAt.toISOString(), p.memberName, String(p.amountMinor), p.currency, p.method, p.reference]
              .map(csvField)
              .join(','),
          );
        }
        after = page.nextCursor;
      } while (after);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="payments.csv"')
        .send(`\uFEFF${lines.join('\r\n')}\r\n`);
    },
  );

  app.get(
    '/payments/:id/receipt',
    { schema: { tags, summary: 'A payment’s receipt (owners)', ...endpoints['GET /payments/:id/receipt'] } },
    async (request) => {
      const session = await requireSession(request);
      const { actor } = session;
      const receipt = await core.getPaymentReceipt({
        actor,
        communityId: actor.communityId,
        paymentId: request.params.id,
      });
      const locale = requestLocale(request, {
        memberLocale: session.member.locale,
        communityLocale: session.community.settings.defaultLocale,
      });
      const { payment } = receipt;
      return {
        clubName: receipt.clubName,
        memberName: receipt.memberName,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        method: payment.method,
        reference: payment.reference,
        paidAt: payment.paidAt,
        period: receipt.period,
        discounts: describeDiscounts(
          {
            purpose: 'join',
            currency: payment.currency,
            listAmountMinor: 0,
            amountMinor: 0,
            discounts: receipt.discounts,
          },
          locale,
        ),
      };
    },
  );
}
