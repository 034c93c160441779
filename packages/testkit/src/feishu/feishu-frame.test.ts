import { describe, expect, it } from 'vitest';
import { encryptFeishuBody, feishuSignature } from './feishu-callback-crypto.js';
import { decodeFeishuFrame, encodeFeishuFrame, frameHeader } from './feishu-frame.js';

describe('the long-connection frame codec', () => {
  it('decodes what it encodes, headers, large ids and a UTF-8 payload included', () => {
    const frame = {
      SeqID: 2 ** 40 + 7,
      LogID: 300,
      service: 1,
      method: 1,
      headers: [
        { key: 'type', value: 'event' },
        { key: 'message_id', value: '消息-1' },
      ],
      payload: new TextEncoder().encode('{"text":"乌龙茶"}'),
      LogIDNew: 'log-1',
    };
    const decoded = decodeFeishuFrame(encodeFeishuFrame(frame));
    expect(decoded).toEqual(frame);
    expect(frameHeader(decoded, 'message_id')).toBe('消息-1');
  });

  it('writes fields in protobuf wire format (field 1 varint first)', () => {
    const bytes = encodeFeishuFrame({ SeqID: 1, LogID: 0, service: 0, method: 0, headers: [] });
    expect([...bytes]).toEqual([0x08, 1, 0x10, 0, 0x18, 0, 0x20, 0]);
  });
});

describe('callback crypto', () => {
  it('encrypts with a fresh IV each time and signs timestamp + nonce + key + body', () => {
    const a = encryptFeishuBody('key', '{"a":1}');
    expect(a).not.toBe(encryptFeishuBody('key', '{"a":1}'));
    expect(Buffer.from(a, 'base64').length).toBe(32);
    expect(feishuSignature('1', 'n', 'k', 'b')).toMatch(/^[0-9a-f]{64}$/);
    expect(feishuSignature('1', 'n', 'k', 'b')).not.toBe(feishuSignature('2', 'n', 'k', 'b'));
  });
});
