import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { Duplex } from 'node:stream';

/** An open receive-only WebSocket: text messages go to the callback given at open. */
export interface TextStream {
  close(): void;
}

const ACCEPT_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/**
 * Opens a WebSocket (RFC 6455, no extensions) and hands each text message to `onText`.
 * Node 20 has no WebSocket client without a flag, and this project declares no `ws`
 * dependency; a reader of a loopback test server needs only this much of the protocol.
 */
export function openTextStream(url: string, onText: (text: string) => void): Promise<TextStream> {
  const key = randomBytes(16).toString('base64');
  const expected = createHash('sha1')
    .update(key + ACCEPT_GUID)
    .digest('base64');
  return new Promise((resolve, reject) => {
    const request = http.get(url.replace(/^ws/, 'http'), {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': key,
      },
    });
    request.on('error', reject);
    request.on('response', (response) => {
      response.resume();
      reject(new Error(`${url}: expected a WebSocket upgrade, got HTTP ${response.statusCode}`));
    });
    request.on('upgrade', (response, socket, head) => {
      if (response.headers['sec-websocket-accept'] !== expected) {
        socket.destroy();
        reject(new Error(`${url}: bad Sec-WebSocket-Accept`));
        return;
      }
      socket.on('error', () => socket.destroy());
      readFrames(socket, head, onText);
      resolve({
        close: () => {
          if (socket.destroyed) return;
          socket.end(maskedFrame(0x8, Buffer.alloc(0)));
          setTimeout(() => socket.destroy(), 500).unref();
        },
      });
    });
  });
}

function readFrames(socket: Duplex, head: Buffer, onText: (text: string) => void): void {
  let buffer = head;
  let message: Buffer[] = [];
  const drain = () => {
    for (;;) {
      const frame = parseFrame(buffer);
      if (!frame) return;
      buffer = buffer.subarray(frame.size);
      const { opcode, fin, payload } = frame;
      if (opcode === 0x1 || opcode === 0x0) {
        message.push(payload);
        if (fin) {
          onText(Buffer.concat(message).toString('utf8'));
          message = [];
        }
      } else if (opcode === 0x8) {
        socket.end(maskedFrame(0x8, Buffer.alloc(0)));
        return;
      } else if (opcode === 0x9) {
        socket.write(maskedFrame(0xa, payload));
      }
    }
  };
  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    drain();
  });
  drain();
}

function parseFrame(
  buffer: Buffer,
): { opcode: number; fin: boolean; payload: Buffer; size: number } | undefined {
  if (buffer.length < 2) return undefined;
  const first = buffer[0] ?? 0;
  const second = buffer[1] ?? 0;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buffer.length < 4) return undefined;
    length = buffer.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buffer.length < 10) return undefined;
    length = Number(buffer.readBigUInt64BE(2));
    offset = 10;
  }
  const mask = second & 0x80 ? buffer.subarray(offset, offset + 4) : undefined;
  if (mask) offset += 4;
  if (buffer.length < offset + length) return undefined;
  const payload = Buffer.from(buffer.subarray(offset, offset + length));
  if (mask) payload.forEach((byte, i) => (payload[i] = byte ^ (mask[i % 4] ?? 0)));
  return { opcode: first & 0x0f, fin: (first & 0x80) !== 0, payload, size: offset + length };
}

/** Client frames must be masked (RFC 6455 5.3); control payloads are under 126 bytes. */
function maskedFrame(opcode: number, payload: Buffer): Buffer {
  const mask = randomBytes(4);
  const body = Buffer.from(payload.map((byte, i) => byte ^ (mask[i % 4] ?? 0)));
  return Buffer.concat([Buffer.from([0x80 | opcode, 0x80 | body.length]), mask, body]);
}
