import { type Core, errorText, isDomainError, type Platform, pickLocale, translate } from '@snowball/core';
import { type CommandTexts, privateMessage, type Reply } from './reply.js';

const texts = {
  sent: {
    en: 'Your reply is under your question “{question}”, and the coach has been told.',
    'zh-CN': '你的回复已附在提问“{question}”下，并已通知导师。',
  },
} as const satisfies CommandTexts<string>;

/** A person's message to the bot in a direct conversation (a DM, a DM thread, a Feishu p2p chat), not a command. */
export interface DirectChatMessage {
  readonly platform: Platform;
  /** Discord guild, Slack team or Feishu tenant the person is known in. */
  readonly workspaceId: string;
  readonly userId: string;
  readonly text: string;
  /** The platform's language for the person, if it says. */
  readonly locale?: string | null;
}

/**
 * What the bot does with a member's words in its direct conversation: while a coach's follow-up waits for them,
 * the words are their reply (core `replyToQuestion`), attached to that question and confirmed. Null when the
 * words are not a reply (unknown person, no follow-up waiting, no club here): the adapter goes on as before.
 */
export async function replyFromConversation(
  core: Pick<Core, 'identifyAccount' | 'replyToQuestion'>,
  message: DirectChatMessage,
): Promise<Reply | null> {
  const text = message.text.trim();
  if (!text || text.startsWith('/')) return null;
  let identity: Awaited<ReturnType<Core['identifyAccount']>>;
  try {
    identity = await core.identifyAccount({
      platform: message.platform,
      workspaceId: message.workspaceId,
      platformUserId: message.userId,
    });
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
  if (identity.actor?.kind !== 'member') return null;
  const locale = pickLocale(identity.member?.locale, message.locale, identity.community.settings.defaultLocale);
  try {
    const { question } = await core.replyToQuestion({ actor: identity.actor, body: text });
    const preview = [...question.body].length > 60 ? `${[...question.body].slice(0, 60).join('')}…` : question.body;
    return privateMessage(translate(texts, locale, 'sent', { question: preview }), { tone: 'success' });
  } catch (error) {
    if (isDomainError(error) && error.code === 'question.no_follow_up') return null;
    if (isDomainError(error)) return privateMessage(errorText(error, locale), { tone: 'error' });
    throw error;
  }
}
