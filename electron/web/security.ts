import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '@shared/security/content-security-policy';

/** The app's policy, and the frame-ancestors the web host adds: no other page may frame Trygg. */
export const CONTENT_SECURITY_POLICY = `${APP_CSP}; frame-ancestors 'none'`;

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

/** 32 random bytes, new at every start. */
export const newToken = (): string => randomBytes(32).toString('base64url');

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** A Host header naming anything but this loopback address and port is DNS rebinding. */
export function hostIsOurs(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host !== undefined && LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

/** Browsers send Origin on cross-site requests; only our own page may call us. */
export function originIsOurs(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return LOOPBACK_NAMES.some((name) => origin === `http://${name}:${port}`);
}

export function tokenMatches(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer (\S+)$/.exec(header);
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
