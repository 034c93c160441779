import { appendFileSync, writeFileSync } from 'node:fs';
import type { Messenger, OutboundMessage, PlatformAccount } from '@snowball/core';

export interface FileRecordingOptions {
  /** Each send takes this long before it is recorded (a slow platform). */
  readonly delayMs?: number;
  /** After this many sends have started, every further send hangs forever (until the process is killed). */
  readonly hangAfter?: number;
  /** Written when the first send hangs, so a test knows the process is stuck mid-fan-out. */
  readonly hangFile?: string;
}

/**
 * A messenger for a worker in a child process: every completed send appends `<memberId>` as one line to a
 * file, synchronously, so what a member received survives a `kill -9`. A send that hangs has not been
 * recorded (nor marked sent): it is the message a killed worker was about to send.
 */
export class FileRecordingMessenger implements Messenger {
  private started = 0;
  constructor(
    private readonly file: string,
    private readonly options: FileRecordingOptions = {},
  ) {}

  async send(account: PlatformAccount, _message: OutboundMessage): Promise<void> {
    const n = this.started++;
    const { hangAfter, hangFile, delayMs = 0 } = this.options;
    if (hangAfter !== undefined && n >= hangAfter) {
      if (n === hangAfter && hangFile) writeFileSync(hangFile, `${process.pid}\n`);
      await new Promise<never>(() => {});
    }
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    appendFileSync(this.file, `${account.memberId}\n`);
  }
}
