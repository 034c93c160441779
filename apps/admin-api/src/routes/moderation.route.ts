import {
  type Actor,
  CHAT_ACTION_KINDS,
  type ChatActionKind,
  caseRules,
  MODERATION_PRESET_SETTINGS,
  MODERATION_PRESETS,
  MODERATION_RULE_IDS,
  type ModerationCase,
  type ModerationRuleId,
  type ModerationRules,
  moderationPresetTexts,
  moderationRuleTexts,
  STRIKE_STEPS,
  testModerationMessage,
} from '@snowball/core';
import { createTextClassifier } from '@snowball/moderation';
import type { FastifyInstance } from 'fastify';
import { requireSession } from '../auth/require-session.js';
import { endpoints } from '../contract/endpoints.contract.js';
import { zodRoutes } from '../http/zod-schemas.js';

const tags = ['moderation'];
/** getMemberNames takes at most a page of ids at a time. */
const NAMES_PER_CALL = 100;

function ruleText(rule: ModerationRuleId) {
  const pick = (key: `${ModerationRuleId}.${'title' | 'why'}`) => {
    const text = moderationRuleTexts[key];
    return { en: text.en, 'zh-CN': text['zh-CN'] };
  };
  return { rule, title: pick(`${rule}.title`), why: pick(`${rule}.why`) };
}

function rulesView(rules: ModerationRules) {
  return {
    settings: rules.settings,
    excludedKeywords: [...rules.excludedKeywords],
    ruleTexts: MODERATION_RULE_IDS.map(ruleText),
    presets: MODERATION_PRESETS.map((preset) => ({
      preset,
      title: moderationPresetTexts[`${preset}.title`],
      why: moderationPresetTexts[`${preset}.why`],
      settings: MODERATION_PRESET_SETTINGS[preset],
    })),
    strikeSteps: [...STRIKE_STEPS],
  };
}

/** Moderation cases (queue, detail, decisions, appeals) and the club's rules editor with its test box. */
export async function moderationRoutes(fastify: FastifyInstance): Promise<void> {
  const app = zodRoutes(fastify);
  const { core } = app.snowball;
  // The engine is pure and holds no club data: one for the process.
  const classifier = createTextClassifier();

  // Member ids → names the panel shows (the member, the reporter, the moderator who decided).
  async function withNames(actor: Actor, cases: readonly ModerationCase[]) {
    const ids = [...new Set(cases.flatMap((c) => [c.memberId, c.reporterId, c.decidedBy]))].filter((x): x is string =>
      Boolean(x),
    );
    const names: Awaited<ReturnType<typeof core.getMemberNames>> = {};
    for (let i = 0; i < ids.length; i += NAMES_PER_CALL) {
      const memberIds = ids.slice(i, i + NAMES_PER_CALL);
      Object.assign(names, await core.getMemberNames({ actor, communityId: actor.communityId, memberIds }));
    }
    const ref = (id: string | null) => (id ? (names[id] ?? null) : null);
    return cases.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      member: ref(c.memberId),
      reporter: ref(c.reporterId),
      platform: c.platform,
      channelId: c.channelId,
      messageId: c.messageId,
      excerpt: c.excerpt,
      evidencePurged: Boolean(c.evidencePurgedAt),
      reason: c.reason,
      rules: caseRules(c.reason),
      notes: c.notes ?? null,
      decidedBy: ref(c.decidedBy),
      decidedAt: c.decidedAt,
      appeal: c.appeal,
      appealedAt: c.appealedAt ?? null,
      appealOutcome: c.appealOutcome ?? null,
      createdAt: c.createdAt,
      authorId: c.authorId ?? null,
      context: (c.context ?? []).map((m) => ({ authorId: m.authorId, text: m.text, at: m.at })),
      actionFailures: (c.actionFailure ?? '')
        .split(',')
        .filter((k): k is ChatActionKind => (CHAT_ACTION_KINDS as readonly string[]).includes(k)),
    }));
  }

  async function withName(actor: Actor, one: ModerationCase) {
    const [named] = await withNames(actor, [one]);
    if (!named) throw new Error('case lost while naming');
    return named;
  }

  app.get(
    '/cases',
    {
      schema: {
        tags,
        summary: 'Moderation cases by status (`waiting`: open, escalated, appealed), kind or member, newest first',
        ...endpoints['GET /cases'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { status, kind, memberId, limit, offset, after } = request.query;
      const found = await core.listModerationCases({
        actor,
        communityId: actor.communityId,
        status: status ?? null,
        kind: kind ?? null,
        memberId: memberId ?? null,
        limit,
        offset,
        after: after ?? null,
      });
      return { items: await withNames(actor, found.items), total: found.total, nextCursor: found.nextCursor };
    },
  );

  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with its evidence, rules and the member’s history',
        ...endpoints['GET /cases/:id'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const detail = await core.getModerationCase({ actor, communityId: actor.communityId, caseId: request.params.id });
      const [named, ...history] = await withNames(actor, [detail.case, ...detail.history]);
      if (!named) throw new Error('case lost while naming');
      return {
        case: named,
        history,
        historyTotal: detail.historyTotal,
        activeStrikes: detail.activeStrikes,
        ruleTexts: detail.rules.map(ruleText),
      };
    },
  );

  app.post(
    '/cases/:id/decision',
    {
      schema: {
        tags,
        summary: 'Uphold (a strike), dismiss or escalate a case; audited, the member is told by DM',
        ...endpoints['POST /cases/:id/decision'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const decided = await core.decideModerationCase({
        actor,
        communityId: actor.communityId,
        caseId: request.params.id,
        decision: request.body.decision,
        notes: request.body.notes ?? null,
      });
      return {
        ...(await withName(actor, decided.case)),
        delivery: decided.delivery,
        reporterDelivery: decided.reporterDelivery ?? 'none',
        timeoutUntil: decided.timeoutUntil ?? null,
      };
    },
  );

  app.post(
    '/cases/:id/appeal-decision',
    {
      schema: {
        tags,
        summary: 'Grant (the strike is removed) or deny a member’s appeal; audited, the member is told by DM',
        ...endpoints['POST /cases/:id/appeal-decision'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const decided = await core.decideModerationAppeal({
        actor,
        communityId: actor.communityId,
        caseId: request.params.id,
        decision: request.body.decision,
        notes: request.body.notes ?? null,
      });
      return {
        ...(await withName(actor, decided.case)),
        delivery: decided.delivery,
        reporterDelivery: decided.reporterDelivery ?? 'none',
        timeoutUntil: decided.timeoutUntil ?? null,
      };
    },
  );

  app.get(
    '/moderation/rules',
    {
      schema: {
        tags,
        summary: 'The club’s automatic moderation rules, with each rule explained and the presets',
        ...endpoints['GET /moderation/rules'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      return rulesView(await core.getModerationRules({ actor, communityId: actor.communityId }));
    },
  );

  app.put(
    '/moderation/rules',
    {
      schema: {
        tags,
        summary: 'Save the rules (or start from a preset) and the excluded topics; audited',
        ...endpoints['PUT /moderation/rules'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { settings, preset, excludedKeywords } = request.body;
      const saved = await core.updateModerationRules({
        actor,
        communityId: actor.communityId,
        ...(settings ? { settings } : {}),
        ...(preset ? { preset } : {}),
        ...(excludedKeywords ? { excludedKeywords } : {}),
      });
      return rulesView(saved);
    },
  );

  app.post(
    '/moderation/rules/test',
    {
      schema: {
        tags,
        summary: 'What the rules (saved, or a draft) would do with a message; nothing is stored',
        ...endpoints['POST /moderation/rules/test'],
      },
    },
    async (request) => {
      const { actor } = await requireSession(request);
      const { text, isNewMember, settings, excludedKeywords } = request.body;
      const current = await core.getModerationRules({ actor, communityId: actor.communityId });
      const verdict = await testModerationMessage(
        { classifier },
        {
          actor,
          communityId: actor.communityId,
          current,
          text,
          isNewMember: isNewMember ?? false,
          settings: settings ?? null,
          excludedKeywords: excludedKeywords ?? null,
        },
      );
      return {
        action: verdict.action,
        rules: [...verdict.rules],
        findings: verdict.findings.map((f) => ({ rule: f.rule, certain: f.certain, evidence: f.evidence })),
        ruleTexts: verdict.rules.map(ruleText),
      };
    },
  );
}
