// Events as the SDK's EventDispatcher hands them to handlers: a v2 event's header and body merged into one
// object (`event_id`, `tenant_key`... beside `sender`, `message`, `operator`, `action`).

export interface FeishuUserIds {
  readonly open_id?: string;
  readonly union_id?: string;
  readonly user_id?: string | null;
}

/** `im.message.receive_v1` (and `im.message.updated_v1`, which carries the edited message the same way). */
export interface FeishuMessageEventData {
  readonly event_id?: string;
  readonly tenant_key?: string;
  readonly sender?: { readonly sender_id?: FeishuUserIds; readonly sender_type?: string; readonly tenant_key?: string };
  readonly message?: {
    readonly message_id?: string;
    readonly chat_id?: string;
    readonly chat_type?: string;
    readonly message_type?: string;
    readonly content?: string;
    readonly create_time?: string;
    /** Set on `im.message.updated_v1` (an edited message): when it was edited, in milliseconds. */
    readonly update_time?: string;
    readonly mentions?: readonly { readonly key?: string; readonly id?: FeishuUserIds; readonly name?: string }[];
  };
}

/** `card.action.trigger` (a button pressed or a card form submitted). */
export interface FeishuCardActionData {
  readonly event_id?: string;
  readonly tenant_key?: string;
  readonly operator?: { readonly open_id?: string; readonly tenant_key?: string };
  readonly action?: {
    readonly value?: unknown;
    readonly form_value?: Readonly<Record<string, unknown>>;
    readonly tag?: string;
    readonly name?: string;
  };
  readonly context?: { readonly open_message_id?: string; readonly open_chat_id?: string };
}

/** `application.bot.menu_v6` (an entry of the bot's menu chosen). */
export interface FeishuBotMenuData {
  readonly event_id?: string;
  readonly tenant_key?: string;
  readonly operator?: { readonly operator_id?: FeishuUserIds };
  readonly event_key?: string;
}

/** `im.message.recalled_v1` (a message recalled, i.e. deleted, by its sender or a group admin). */
export interface FeishuMessageRecalledData {
  readonly event_id?: string;
  readonly tenant_key?: string;
  readonly message_id?: string;
  readonly chat_id?: string;
  readonly recall_time?: string;
  readonly recall_type?: string;
}
