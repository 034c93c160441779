import { randomUUID } from 'node:crypto';

/** A v2 (`schema: "2.0"`) event as Feishu delivers it, before encryption. */
export interface FeishuEventEnvelope {
  readonly schema: '2.0';
  readonly header: {
    readonly event_id: string;
    readonly event_type: string;
    readonly create_time: string;
    readonly token: string;
    readonly app_id: string;
    readonly tenant_key: string;
  };
  readonly event: Record<string, unknown>;
}

/** Who the event is addressed from: the app and tenant, and the verification token it carries. */
export interface FeishuEventSource {
  readonly appId: string;
  readonly tenantKey: string;
  readonly verificationToken: string;
}

function envelope(
  source: FeishuEventSource,
  eventType: string,
  event: Record<string, unknown>,
  eventId: string = randomUUID(),
): FeishuEventEnvelope {
  return {
    schema: '2.0',
    header: {
      event_id: eventId,
      event_type: eventType,
      create_time: String(Date.now()),
      token: source.verificationToken,
      app_id: source.appId,
      tenant_key: source.tenantKey,
    },
    event,
  };
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}_${Date.now().toString(16)}${(++counter).toString(16).padStart(6, '0')}`;

/** A mention of someone (or the bot) in a message: `@_user_N` in the text, resolved in `mentions`. */
export interface FeishuMention {
  readonly key: string;
  readonly openId: string;
  readonly name: string;
}

/** `im.message.receive_v1`: a person wrote a text message in a direct chat (`p2p`) or a group the bot is in. */
export function messageReceiveEvent(
  source: FeishuEventSource,
  input: {
    readonly openId: string;
    readonly text: string;
    readonly chatId?: string;
    readonly chatType?: 'p2p' | 'group';
    readonly mentions?: readonly FeishuMention[];
    readonly messageId?: string;
    readonly eventId?: string;
  },
): FeishuEventEnvelope {
  const now = String(Date.now());
  return envelope(
    source,
    'im.message.receive_v1',
    {
      sender: {
        sender_id: { open_id: input.openId, union_id: `on_${input.openId}`, user_id: null },
        sender_type: 'user',
        tenant_key: source.tenantKey,
      },
      message: {
        message_id: input.messageId ?? nextId('om'),
        root_id: '',
        parent_id: '',
        create_time: now,
        update_time: now,
        chat_id: input.chatId ?? `oc_p2p_${input.openId}`,
        chat_type: input.chatType ?? 'p2p',
        message_type: 'text',
        content: JSON.stringify({ text: input.text }),
        mentions: (input.mentions ?? []).map((m) => ({
          key: m.key,
          id: { open_id: m.openId, union_id: `on_${m.openId}`, user_id: null },
          name: m.name,
          tenant_key: source.tenantKey,
        })),
      },
    },
    input.eventId,
  );
}

/** `card.action.trigger`: a person pressed a card button (or submitted a card form: `formValue`). */
export function cardActionEvent(
  source: FeishuEventSource,
  input: {
    readonly openId: string;
    readonly value: Record<string, unknown>;
    readonly formValue?: Readonly<Record<string, string>>;
    readonly name?: string;
    readonly messageId?: string;
    readonly chatId?: string;
    readonly eventId?: string;
  },
): FeishuEventEnvelope {
  return envelope(
    source,
    'card.action.trigger',
    {
      operator: { tenant_key: source.tenantKey, open_id: input.openId, union_id: `on_${input.openId}` },
      token: nextId('c'),
      action: {
        tag: 'button',
        value: input.value,
        ...(input.formValue ? { form_value: input.formValue } : {}),
        ...(input.name ? { name: input.name } : {}),
      },
      host: 'im_message',
      context: {
        open_message_id: input.messageId ?? nextId('om'),
        open_chat_id: input.chatId ?? `oc_p2p_${input.openId}`,
      },
    },
    input.eventId,
  );
}

/** `application.bot.menu_v6`: a person chose an entry of the bot's menu (its `event_key`). */
export function botMenuEvent(
  source: FeishuEventSource,
  input: { readonly openId: string; readonly eventKey: string; readonly eventId?: string },
): FeishuEventEnvelope {
  return envelope(
    source,
    'application.bot.menu_v6',
    {
      operator: {
        operator_name: input.openId,
        operator_id: { open_id: input.openId, union_id: `on_${input.openId}`, user_id: null },
      },
      event_key: input.eventKey,
      timestamp: Math.floor(Date.now() / 1000),
    },
    input.eventId,
  );
}

/** The `url_verification` challenge Feishu posts when a callback URL is saved in the console. */
export function urlVerificationBody(
  verificationToken: string,
  challenge: string = randomUUID(),
): Record<string, unknown> {
  return { challenge, token: verificationToken, type: 'url_verification' };
}

/** `im.message.updated_v1`: a person edited their text message in a group (the whole edited message is sent). */
export function messageUpdatedEvent(
  source: FeishuEventSource,
  input: {
    readonly openId: string;
    readonly chatId: string;
    readonly messageId: string;
    readonly text: string;
    readonly createTime?: number;
    readonly updateTime?: number;
    readonly eventId?: string;
  },
): FeishuEventEnvelope {
  const updated = input.updateTime ?? Date.now();
  return envelope(
    source,
    'im.message.updated_v1',
    {
      sender: {
        sender_id: { open_id: input.openId, union_id: `on_${input.openId}`, user_id: null },
        sender_type: 'user',
        tenant_key: source.tenantKey,
      },
      message: {
        message_id: input.messageId,
        root_id: '',
        parent_id: '',
        create_time: String(input.createTime ?? updated - 60_000),
        update_time: String(updated),
        chat_id: input.chatId,
        chat_type: 'group',
        message_type: 'text',
        content: JSON.stringify({ text: input.text }),
        mentions: [],
      },
    },
    input.eventId,
  );
}

/** `im.message.recalled_v1`: a message was recalled (deleted) in a chat. */
export function messageRecalledEvent(
  source: FeishuEventSource,
  input: { readonly chatId: string; readonly messageId: string; readonly eventId?: string },
): FeishuEventEnvelope {
  return envelope(
    source,
    'im.message.recalled_v1',
    {
      message_id: input.messageId,
      chat_id: input.chatId,
      recall_time: String(Date.now()),
      recall_type: 'message_owner',
    },
    input.eventId,
  );
}
