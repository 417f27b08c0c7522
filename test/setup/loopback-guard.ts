// Any test that opens a connection outside loopback fails: outlets, Telegram, Discord and Google are
// all emulated on 127.0.0.1 (the v3 translate client would otherwise probe the cloud metadata server).
import net from 'node:net';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/i;
const original = net.Socket.prototype.connect;

function hostOf(args: unknown[]): string | undefined {
  const first = args[0] as any;
  if (Array.isArray(first)) return hostOf(first);
  if (first && typeof first === 'object') return first.path ? 'localhost' : (first.host ?? 'localhost');
  if (typeof first === 'string' && !/^\d+$/.test(first)) return 'localhost'; // unix socket path
  return typeof args[1] === 'string' ? args[1] : 'localhost';
}

net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
  const host = hostOf(args);
  if (host && !LOOPBACK.test(host)) {
    throw new Error(`loopback guard: a test tried to connect to ${host}; tests may only talk to loopback`);
  }
  return (original as any).apply(this, args);
} as typeof net.Socket.prototype.connect;
