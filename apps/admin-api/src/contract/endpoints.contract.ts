import type { z } from 'zod';
import {
  application,
  applicationsQuery,
  approveBody,
  paymentBody,
  paymentResult,
  rejectBody,
  requestInfoBody,
} from './application.contract.js';
import { auditPage, auditQuery } from './audit.contract.js';
import {
  accessCheck,
  accessCheckQueued,
  billingOverview,
  clubPayments,
  coupon,
  couponBody,
  paymentsCsv,
  paymentsQuery,
  pricing,
  receipt,
  refund,
  refundDecisionBody,
} from './billing.contract.js';
import { coachingFigures, coachingQuery } from './coaching.contract.js';
import { errorResponses, idParams, noContent, page, type Wire } from './common.contract.js';
import { dashboard } from './dashboard.contract.js';
import { editFaqBody, faqEntry, faqQuery, publishFaqBody } from './faq.contract.js';
import {
  attendanceBody,
  attendanceResult,
  cancelBody,
  lesson,
  lessonChange,
  lessonDetail,
  lessonNotified,
  lessonSummary,
  lessonsQuery,
  materialsBody,
  patchBody,
  rsvpBody,
  rsvpResult,
  scheduleBody,
  seriesBody,
  seriesCreated,
} from './lesson.contract.js';
import { curateLibraryBody, libraryEntry, libraryQuery } from './library.contract.js';
import {
  endBody,
  endResult,
  extensionBody,
  extensionResult,
  memberDetail,
  memberLookup,
  memberLookupQuery,
  memberPage,
  membersQuery,
  notesBody,
  notesResult,
} from './member.contract.js';
import { memberSettings, memberSettingsPatch } from './member-settings.contract.js';
import {
  appealDecisionBody,
  caseDecisionBody,
  caseDetail,
  casePage,
  casesQuery,
  decidedCase,
  moderationRules,
  rulesBody,
  ruleTestBody,
  ruleTestResult,
} from './moderation.contract.js';
import {
  dealSummary,
  dealsQuery,
  introductionPage,
  introductionsQuery,
  introFunnel,
  introFunnelQuery,
  introGroupBody,
  introGroupCreated,
  supplier,
  supplierPage,
  suppliersQuery,
  vetBody,
} from './network.contract.js';
import { erasureStatus, exportSent, privacyState } from './privacy.contract.js';
import {
  answerBody,
  answeredQuestion,
  followedUpQuestion,
  followUpBody,
  guestList,
  question,
  questionPage,
  questionsQuery,
  routeBody,
  routedQuestion,
} from './question.contract.js';
import { session } from './session.contract.js';
import {
  attachGuildBody,
  attachResult,
  communitySettings,
  connectionHealth,
  detachResult,
  guildParams,
  platformConnections,
  settingsPatch,
  setupChecklist,
} from './settings.contract.js';
import {
  grantBody,
  guestInvitation,
  guestInviteBody,
  loginLink,
  loginLinkBody,
  roleParams,
  staffMember,
  staffRoles,
} from './staff.contract.js';
import { cohorts, referrals, vitalityFigures, vitalityQuery, vitalitySeries } from './vitality.contract.js';

const id = idParams('id');
const ok = <T extends z.ZodType>(schema: T) => ({ 200: schema, ...errorResponses });
const created = <T extends z.ZodType>(schema: T) => ({ 201: schema, ...errorResponses });

/**
 * Every /api route by method and path (under `/api`), with what it takes and answers. The routes spread their
 * entry into their schema; the panel calls them by the same key (`call('GET /members/:id', { params })`), typed
 * from here. A test keeps this list and the registered routes equal.
 */
export const endpoints = {
  'GET /session': { response: ok(session) },
  'POST /session/sign-out': { response: { 204: noContent, ...errorResponses } },
  'GET /dashboard': { response: ok(dashboard) },
  'GET /vitality': { querystring: vitalityQuery, response: ok(vitalitySeries) },
  'GET /vitality/cohorts': { response: ok(cohorts) },
  'GET /vitality/referrals': { response: ok(referrals) },
  'GET /vitality/figures': { response: ok(vitalityFigures) },

  'GET /applications': { querystring: applicationsQuery, response: ok(page(application)) },
  'GET /applications/:id': { params: id, response: ok(application) },
  'POST /applications/:id/approve': { params: id, body: approveBody, response: ok(application) },
  'POST /applications/:id/reject': { params: id, body: rejectBody, response: ok(application) },
  'POST /applications/:id/request-info': { params: id, body: requestInfoBody, response: ok(application) },
  'POST /applications/:id/payment': { params: id, body: paymentBody, response: created(paymentResult) },

  'GET /members': { querystring: membersQuery, response: ok(memberPage) },
  'GET /members/lookup': { querystring: memberLookupQuery, response: ok(memberLookup.array()) },
  'GET /members/:id': { params: id, response: ok(memberDetail) },
  'PUT /members/:id/notes': { params: id, body: notesBody, response: ok(notesResult) },
  'GET /members/:id/settings': { params: id, response: ok(memberSettings) },
  'PATCH /members/:id/settings': { params: id, body: memberSettingsPatch, response: ok(memberSettings) },
  'POST /members/:id/payments': { params: id, body: paymentBody, response: created(paymentResult) },
  'POST /members/:id/extensions': { params: id, body: extensionBody, response: created(extensionResult) },
  'POST /members/:id/end': { params: id, body: endBody, response: ok(endResult) },
  'GET /members/:id/privacy': { params: id, response: ok(privacyState) },
  'POST /members/:id/privacy/export': { params: id, response: ok(exportSent) },
  'POST /members/:id/privacy/erase': { params: id, response: ok(erasureStatus) },
  'POST /members/:id/privacy/erase/cancel': { params: id, response: ok(erasureStatus) },

  'GET /questions': { querystring: questionsQuery, response: ok(questionPage) },
  'POST /questions/:id/claim': { params: id, response: ok(question) },
  'POST /questions/:id/unclaim': { params: id, response: ok(question) },
  'POST /questions/:id/answer': { params: id, body: answerBody, response: ok(answeredQuestion) },
  'POST /questions/:id/follow-up': { params: id, body: followUpBody, response: ok(followedUpQuestion) },
  'POST /questions/:id/route': { params: id, body: routeBody, response: ok(routedQuestion) },
  'GET /guests': { response: ok(guestList) },
  'GET /coaching': { querystring: coachingQuery, response: ok(coachingFigures) },
  'POST /questions/:id/publish': { params: id, body: publishFaqBody, response: created(faqEntry) },
  'GET /faq': { querystring: faqQuery, response: ok(page(faqEntry)) },
  'PATCH /faq/:id': { params: id, body: editFaqBody, response: ok(faqEntry) },
  'DELETE /faq/:id': { params: id, response: { 204: noContent, ...errorResponses } },
  'GET /library': { querystring: libraryQuery, response: ok(page(libraryEntry)) },
  'POST /library/:id/approve': { params: id, response: ok(libraryEntry) },
  'PATCH /library/:id': { params: id, body: curateLibraryBody, response: ok(libraryEntry) },
  'DELETE /library/:id': { params: id, response: { 204: noContent, ...errorResponses } },

  'GET /lessons': { querystring: lessonsQuery, response: ok(page(lessonSummary)) },
  'GET /lessons/:id': { params: id, response: ok(lessonDetail) },
  'POST /lessons/series': { body: seriesBody, response: created(seriesCreated) },
  'POST /lessons': { body: scheduleBody, response: created(lesson) },
  'PATCH /lessons/:id': { params: id, body: patchBody, response: ok(lessonChange) },
  'POST /lessons/:id/cancel': { params: id, body: cancelBody, response: ok(lessonNotified) },
  'POST /lessons/:id/rsvps': { params: id, body: rsvpBody, response: ok(rsvpResult) },
  'DELETE /lessons/:id/rsvps/:memberId': { params: idParams('id', 'memberId'), response: ok(rsvpResult) },
  'PUT /lessons/:id/attendance': { params: id, body: attendanceBody, response: ok(attendanceResult) },
  'POST /lessons/:id/materials': { params: id, body: materialsBody, response: ok(lessonNotified) },

  'GET /introductions': { querystring: introductionsQuery, response: ok(introductionPage) },
  'GET /introductions/funnel': { querystring: introFunnelQuery, response: ok(introFunnel) },
  'POST /introductions/groups': { body: introGroupBody, response: created(introGroupCreated) },
  'GET /deals': { querystring: dealsQuery, response: ok(dealSummary) },
  'GET /suppliers': { querystring: suppliersQuery, response: ok(supplierPage) },
  'POST /suppliers/:id/vet': { params: id, body: vetBody, response: ok(supplier) },
  'GET /audit': { querystring: auditQuery, response: ok(auditPage) },

  'GET /cases': { querystring: casesQuery, response: ok(casePage) },
  'GET /cases/:id': { params: id, response: ok(caseDetail) },
  'POST /cases/:id/decision': { params: id, body: caseDecisionBody, response: ok(decidedCase) },
  'POST /cases/:id/appeal-decision': { params: id, body: appealDecisionBody, response: ok(decidedCase) },
  'GET /moderation/rules': { response: ok(moderationRules) },
  'PUT /moderation/rules': { body: rulesBody, response: ok(moderationRules) },
  'POST /moderation/rules/test': { body: ruleTestBody, response: ok(ruleTestResult) },

  'GET /settings': { response: ok(communitySettings) },
  'GET /settings/platforms': { response: ok(platformConnections) },
  'POST /settings/platforms/discord': { body: attachGuildBody, response: ok(attachResult) },
  'DELETE /settings/platforms/discord/:guildId': { params: guildParams, response: ok(detachResult) },
  'GET /settings/checklist': { response: ok(setupChecklist) },
  'GET /settings/platforms/health': { response: ok(connectionHealth) },
  'PATCH /settings': { body: settingsPatch, response: ok(communitySettings) },

  'GET /billing': { response: ok(billingOverview) },
  'PUT /billing/pricing': { body: pricing, response: ok(pricing) },
  'GET /billing/access-check': { response: ok(accessCheck) },
  'POST /billing/access-check': { response: ok(accessCheckQueued) },
  'POST /billing/coupons': { body: couponBody, response: created(coupon) },
  'DELETE /billing/coupons/:id': { params: id, response: { 204: noContent, ...errorResponses } },
  'POST /billing/refunds/:id/decision': { params: id, body: refundDecisionBody, response: ok(refund) },
  'GET /payments': { querystring: paymentsQuery, response: ok(clubPayments) },
  'GET /payments/export': { response: ok(paymentsCsv) },
  'GET /payments/:id/receipt': { params: id, response: ok(receipt) },

  'GET /staff': { response: ok(staffMember.array()) },
  'POST /staff': { body: grantBody, response: ok(staffRoles) },
  'POST /staff/guests': { body: guestInviteBody, response: created(guestInvitation) },
  'DELETE /staff/:memberId/roles/:role': { params: roleParams, response: ok(staffRoles) },
  'POST /staff/:memberId/login-link': {
    params: idParams('memberId'),
    body: loginLinkBody,
    response: created(loginLink),
  },
} as const;

type Endpoints = typeof endpoints;
/** `METHOD /path` of an /api route, e.g. `GET /members/:id`. */
export type Endpoint = keyof Endpoints;

type Input<E, Part extends string> = E extends { readonly [P in Part]: infer S extends z.ZodType } ? z.input<S> : never;
type Success<R> = R[Extract<keyof R, 200 | 201 | 204>];

/** The path parameters of an endpoint (never when it has none). */
export type ParamsOf<K extends Endpoint> = Input<Endpoints[K], 'params'>;
/** The querystring an endpoint takes (never when it takes none). */
export type QueryOf<K extends Endpoint> = Input<Endpoints[K], 'querystring'>;
/** The body an endpoint takes (never when it takes none). */
export type BodyOf<K extends Endpoint> = Input<Endpoints[K], 'body'>;
/** What an endpoint answers on success, as JSON. */
export type ReplyOf<K extends Endpoint> = Wire<z.output<Success<Endpoints[K]['response']> & z.ZodType>>;
