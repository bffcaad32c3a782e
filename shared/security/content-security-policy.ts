/**
 * The renderer's Content-Security-Policy, sent as a header by the desktop app and the web host
 * alike; renderer/index.html's meta tag carries the same policy. No remote origin, no inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
