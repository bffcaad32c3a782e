/**
 * The renderer's Content-Security-Policy: renderer/index.html's meta tag carries it, and the
 * desktop app's trygg: scheme and the web host send it as a header too.
 * No remote origin, no inline script.
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
