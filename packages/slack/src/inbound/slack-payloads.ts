// The parts of Slack's request payloads the adapter reads (api.slack.com/interactivity/handling#payloads).

/** A slash command request (form fields). */
export interface SlashCommandBody {
  readonly team_id: string;
  readonly enterprise_id?: string;
  readonly user_id: string;
  readonly user_name: string;
  readonly channel_id: string;
  readonly command: string;
  readonly text: string;
  readonly response_url: string;
  readonly trigger_id: string;
  readonly api_app_id?: string;
}

/** The person in an interactivity payload. */
export interface PayloadUser {
  readonly id: string;
  readonly username?: string;
  readonly name?: string;
  readonly team_id?: string;
}

/** A `block_actions` payload (a button press). */
export interface BlockActionBody {
  readonly type: 'block_actions';
  readonly team?: { readonly id: string } | null;
  readonly user: PayloadUser;
  readonly channel?: { readonly id: string } | null;
  readonly container?: { readonly type: string; readonly channel_id?: string };
  readonly trigger_id?: string;
  readonly response_url?: string;
  readonly actions: readonly { readonly action_id: string; readonly value?: string; readonly type?: string }[];
}

/** One input's value in a submitted view. */
export interface ViewStateValue {
  readonly type: string;
  readonly value?: string | null;
  readonly selected_option?: { readonly value: string } | null;
}

/** A `view_submission` payload (a submitted modal). */
export interface ViewSubmissionBody {
  readonly type: 'view_submission';
  readonly team?: { readonly id: string } | null;
  readonly user: PayloadUser;
  readonly trigger_id?: string;
  readonly view: {
    readonly callback_id: string;
    readonly private_metadata?: string;
    readonly state: { readonly values: Readonly<Record<string, Readonly<Record<string, ViewStateValue>>>> };
  };
}

/** A `message_action` payload (a message shortcut). */
export interface MessageShortcutBody {
  readonly type: 'message_action';
  readonly callback_id: string;
  readonly team?: { readonly id: string } | null;
  readonly user: PayloadUser;
  readonly channel: { readonly id: string };
  readonly message_ts?: string;
  readonly message: { readonly ts: string; readonly text?: string; readonly user?: string; readonly bot_id?: string };
  readonly response_url?: string;
  readonly trigger_id?: string;
}

/** A `message` event of the Events API. */
export interface MessageEvent {
  readonly type: 'message';
  readonly subtype?: string;
  readonly channel: string;
  readonly channel_type?: string;
  readonly user?: string;
  readonly bot_id?: string;
  readonly text?: string;
  readonly ts: string;
  readonly team?: string;
}

/** The team a payload comes from: `team.id`, else the user's team. */
export function teamOf(body: { readonly team?: { readonly id: string } | null; readonly user: PayloadUser }): string {
  return body.team?.id ?? body.user.team_id ?? '';
}
