import type { ChannelPublisher, ChannelRef, PostedMessageRef } from '../ports/channel-publisher.js';
import type { OutboundMessage } from '../ports/messenger.js';

/** A channel message as the recording publisher keeps it: where, what it shows now, and how often it was edited. */
export interface RecordedChannelMessage {
  readonly ref: PostedMessageRef;
  message: OutboundMessage;
  edits: number;
}

/**
 * A working in-memory channel publisher for use-case tests: keeps every posted message and its edits, answers a
 * repeated dedupe key with the same message (as Discord's nonce and Feishu's uuid do), and can fail the next calls.
 */
export class RecordingChannelPublisher implements ChannelPublisher {
  readonly messages: RecordedChannelMessage[] = [];
  private readonly byKey = new Map<string, RecordedChannelMessage>();
  private failures: Error[] = [];
  private counter = 0;

  /** The next calls throw these errors, one each, in order. */
  failNext(...errors: Error[]): void {
    this.failures.push(...errors);
  }

  in(channel: Pick<ChannelRef, 'platform' | 'channelId'>): RecordedChannelMessage[] {
    return this.messages.filter((m) => m.ref.platform === channel.platform && m.ref.channelId === channel.channelId);
  }

  async post(
    channel: ChannelRef,
    message: OutboundMessage,
    options: { readonly dedupeKey?: string } = {},
  ): Promise<PostedMessageRef> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const earlier = options.dedupeKey ? this.byKey.get(`${channel.platform}:${options.dedupeKey}`) : undefined;
    if (earlier) return earlier.ref;
    const recorded: RecordedChannelMessage = {
      ref: { ...channel, messageId: `msg-${++this.counter}` },
      message: structuredClone(message),
      edits: 0,
    };
    this.messages.push(recorded);
    if (options.dedupeKey) this.byKey.set(`${channel.platform}:${options.dedupeKey}`, recorded);
    return recorded.ref;
  }

  async update(ref: PostedMessageRef, message: OutboundMessage): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    const found = this.messages.find((m) => m.ref.platform === ref.platform && m.ref.messageId === ref.messageId);
    if (!found) throw new Error(`no message ${ref.messageId}`);
    found.message = structuredClone(message);
    found.edits += 1;
  }
}
