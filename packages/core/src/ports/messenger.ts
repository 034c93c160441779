import type { PlatformAccount } from '../domain/member.js';

export interface MessageButton {
  /** Routed back to a command handler: `intros:accept:<id>`. */
  readonly action: string;
  readonly label: string;
  readonly style?: 'primary' | 'danger' | 'secondary';
}

/** A direct message, already in the member's language, in a form every platform can render. */
export interface OutboundMessage {
  readonly title?: string;
  readonly text: string;
  readonly fields?: readonly {
    readonly name: string;
    readonly value: string;
    /** Written by snowball in the platforms' mention syntax (`<@id>`): shown as is, so the mention works. */
    readonly verbatim?: boolean;
  }[];
  readonly buttons?: readonly MessageButton[];
}

/** A failed send; `permanent` failures (the user blocks DMs) are recorded and never retried. */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** Reaches one platform account of a member by direct message. */
export interface Messenger {
  send(account: PlatformAccount, message: OutboundMessage): Promise<void>;
  /**
   * Puts these accounts (and the bot) in one conversation and posts the message there, e.g. a Slack
   * multi-person DM. Resolves false, having sent nothing, when the platform cannot group these accounts
   * (Discord bots cannot create group DMs; accounts on different platforms or workspaces); the caller then
   * DMs each person. Throws DeliveryError like `send`.
   */
  introduce?(accounts: readonly PlatformAccount[], message: OutboundMessage): Promise<boolean>;
  /**
   * Whether anyone but the bot wrote, since `since`, in the conversation `introduce` made for these accounts:
   * null when the platform cannot tell (no such conversation, or one the bot cannot read).
   */
  spokeSince?(accounts: readonly PlatformAccount[], since: Date): Promise<boolean | null>;
}

/** Gives or takes the member role / members-only channels on one platform account. */
export interface RoleSync {
  grant(account: PlatformAccount): Promise<void>;
  revoke(account: PlatformAccount): Promise<void>;
}
