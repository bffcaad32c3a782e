import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';

// The meta tag is the desktop app's only policy (file: pages get no headers); the web host sends
// the same one as a header, so the two must never drift apart.
it('renderer/index.html carries the policy the web host sends as a header', () => {
  const html = readFileSync(join(__dirname, '..', 'renderer', 'index.html'), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  expect(meta?.[1]?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY);
});
