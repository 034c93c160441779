// The long connection's frame (`pbbp2.Frame` in the SDK), encoded by hand: nine fields are simpler to
// write than to pull a protobuf runtime into the test kit. Field numbers and types follow the SDK's schema.

/** One header of a frame (`type`, `message_id`, `sum`, `seq`, `trace_id`, `biz_rt`...). */
export interface FeishuFrameHeader {
  readonly key: string;
  readonly value: string;
}

/** A long-connection frame: `method` 0 is control (ping/pong), 1 is data (events and their answers). */
export interface FeishuFrame {
  readonly SeqID: number;
  readonly LogID: number;
  readonly service: number;
  readonly method: number;
  readonly headers: readonly FeishuFrameHeader[];
  readonly payloadEncoding?: string;
  readonly payloadType?: string;
  readonly payload?: Uint8Array;
  readonly LogIDNew?: string;
}

function varint(value: number): number[] {
  const out: number[] = [];
  let v = BigInt(value);
  while (v > 0x7fn) {
    out.push(Number((v & 0x7fn) | 0x80n));
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

function lengthDelimited(field: number, bytes: Uint8Array): number[] {
  return [...varint((field << 3) | 2), ...varint(bytes.length), ...bytes];
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Encodes a frame the way `pbbp2.Frame.encode` does. */
export function encodeFeishuFrame(frame: FeishuFrame): Uint8Array {
  const bytes: number[] = [
    ...varint((1 << 3) | 0),
    ...varint(frame.SeqID),
    ...varint((2 << 3) | 0),
    ...varint(frame.LogID),
    ...varint((3 << 3) | 0),
    ...varint(frame.service),
    ...varint((4 << 3) | 0),
    ...varint(frame.method),
  ];
  for (const header of frame.headers) {
    bytes.push(
      ...lengthDelimited(
        5,
        new Uint8Array([...lengthDelimited(1, utf8(header.key)), ...lengthDelimited(2, utf8(header.value))]),
      ),
    );
  }
  if (frame.payloadEncoding !== undefined) bytes.push(...lengthDelimited(6, utf8(frame.payloadEncoding)));
  if (frame.payloadType !== undefined) bytes.push(...lengthDelimited(7, utf8(frame.payloadType)));
  if (frame.payload !== undefined) bytes.push(...lengthDelimited(8, frame.payload));
  if (frame.LogIDNew !== undefined) bytes.push(...lengthDelimited(9, utf8(frame.LogIDNew)));
  return new Uint8Array(bytes);
}

class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  get done(): boolean {
    return this.pos >= this.bytes.length;
  }
  varint(): number {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const byte = this.bytes[this.pos++];
      if (byte === undefined) throw new Error('feishu frame: truncated varint');
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return Number(result);
      shift += 7n;
    }
  }
  chunk(): Uint8Array {
    const length = this.varint();
    const out = this.bytes.subarray(this.pos, this.pos + length);
    if (out.length !== length) throw new Error('feishu frame: truncated field');
    this.pos += length;
    return out;
  }
  skip(wireType: number): void {
    if (wireType === 0) this.varint();
    else if (wireType === 2) this.chunk();
    else if (wireType === 1) this.pos += 8;
    else if (wireType === 5) this.pos += 4;
    else throw new Error(`feishu frame: wire type ${wireType}`);
  }
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function decodeHeader(bytes: Uint8Array): FeishuFrameHeader {
  const reader = new Reader(bytes);
  let key = '';
  let value = '';
  while (!reader.done) {
    const tag = reader.varint();
    if (tag >> 3 === 1) key = text(reader.chunk());
    else if (tag >> 3 === 2) value = text(reader.chunk());
    else reader.skip(tag & 7);
  }
  return { key, value };
}

/** Decodes a frame the SDK sent (`pbbp2.Frame.encode(...).finish()`). */
export function decodeFeishuFrame(bytes: Uint8Array): FeishuFrame {
  const reader = new Reader(bytes);
  const frame: { -readonly [K in keyof FeishuFrame]: FeishuFrame[K] } = {
    SeqID: 0,
    LogID: 0,
    service: 0,
    method: 0,
    headers: [],
  };
  const headers: FeishuFrameHeader[] = [];
  while (!reader.done) {
    const tag = reader.varint();
    switch (tag >> 3) {
      case 1:
        frame.SeqID = reader.varint();
        break;
      case 2:
        frame.LogID = reader.varint();
        break;
      case 3:
        frame.service = reader.varint();
        break;
      case 4:
        frame.method = reader.varint();
        break;
      case 5:
        headers.push(decodeHeader(reader.chunk()));
        break;
      case 6:
        frame.payloadEncoding = text(reader.chunk());
        break;
      case 7:
        frame.payloadType = text(reader.chunk());
        break;
      case 8:
        frame.payload = new Uint8Array(reader.chunk());
        break;
      case 9:
        frame.LogIDNew = text(reader.chunk());
        break;
      default:
        reader.skip(tag & 7);
    }
  }
  frame.headers = headers;
  return frame;
}

/** A header's value, or undefined. */
export function frameHeader(frame: FeishuFrame, key: string): string | undefined {
  return frame.headers.find((h) => h.key === key)?.value;
}
