/**
 * Buttons carry an action id `<command>:<verb>[:<arg>]`: the command of the catalogue that answers the press,
 * the handler's verb, and its argument. Core builds the ids of the buttons in the messages it sends (an
 * introduction, a follow-up); the command catalogue handles them. Both use this module, so an id is defined
 * once.
 */

/** Builds an action id; arguments must not contain ':'. */
export function actionId(command: string, verb: string, arg = ''): string {
  return arg ? `${command}:${verb}:${arg}` : `${command}:${verb}`;
}

export function parseActionId(action: string): { command: string; verb: string; arg: string } {
  const [command = '', verb = '', ...rest] = action.split(':');
  return { command, verb, arg: rest.join(':') };
}

/** The buttons of core's messages, by meaning: which command and verb answer each. */
export const MEMBER_ACTIONS = {
  /** Accept / Decline / Later on a proposed introduction (argument: the introduction id). */
  introAccept: { command: 'intros', verb: 'accept' },
  introDecline: { command: 'intros', verb: 'decline' },
  introSnooze: { command: 'intros', verb: 'snooze' },
  /** "Yes, record it" at the follow-up: opens the deal form (argument: the introduction id). */
  dealStart: { command: 'deal', verb: 'start' },
  /** "Not yet" / "No" at the follow-up (argument: `<introId>.<followUpAt>`, the question asked). */
  followUpNotYet: { command: 'intros', verb: 'notyet' },
  followUpNo: { command: 'intros', verb: 'nodeal' },
  /** "We met" on an introduced introduction (argument: the introduction id). */
  introMet: { command: 'intros', verb: 'met' },
  /** "Reply" under a coach's follow-up on the member's question: opens the reply form (argument: the question id). */
  questionReply: { command: 'questions', verb: 'reply' },
} as const satisfies Readonly<Record<string, { readonly command: string; readonly verb: string }>>;

export type MemberAction = keyof typeof MEMBER_ACTIONS;

/** The action id of one of core's buttons, e.g. `memberActionId('introAccept', intro.id)`. */
export function memberActionId(action: MemberAction, arg: string): string {
  const { command, verb } = MEMBER_ACTIONS[action];
  return actionId(command, verb, arg);
}

/**
 * The buttons of core's messages about an application, answered by `/apply`, which anyone may run (an applicant
 * is not a member yet): each use case checks who may press (the applicant themself, the named referrer).
 */
export const APPLICATION_ACTIONS = {
  /** "Answer" on a request for more information: opens the answer form (argument: the application id). */
  applyAnswer: { command: 'apply', verb: 'answer' },
  /** "I vouch for them" in the referrer's DM (argument: the application id). */
  applyVouch: { command: 'apply', verb: 'vouch' },
} as const satisfies Readonly<Record<string, { readonly command: string; readonly verb: string }>>;

/** The action id of one of core's application buttons, e.g. `applicationActionId('applyAnswer', application.id)`. */
export function applicationActionId(action: keyof typeof APPLICATION_ACTIONS, arg: string): string {
  const { command, verb } = APPLICATION_ACTIONS[action];
  return actionId(command, verb, arg);
}
