import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';
import { useTempDirs } from '../../tests/support/temp-dir';

// Stand-ins for Electron's protocol module: the schemes registered and the handlers installed.
const registered: unknown[] = [];
const handled = new Map<string, (request: Request) => Promise<Response>>();
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => registered.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handled.set(scheme, handler),
  },
}));

const { handleRendererScheme, registerRendererScheme, serveRendererFile } = await import('./renderer-protocol');
const tempDir = useTempDirs();

function renderer(): string {
  const root = join(tempDir(), 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Trygg</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'outside the renderer');
  return root;
}

describe('the trygg: scheme', () => {
  it('is registered standard and secure, and handled by the file server', () => {
    registerRendererScheme();
    expect(registered).toEqual([
      { scheme: 'trygg', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    handleRendererScheme();
    expect(handled.has('trygg')).toBe(true);
  });

  it('serves the renderer’s files with their type and the policy', async () => {
    const root = renderer();
    const page = await serveRendererFile(new Request('trygg://app/index.html'), root);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Trygg</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await serveRendererFile(new Request('trygg://app/assets/app.js'), root);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 outside the renderer’s folder and for missing files, 405 for other verbs', async () => {
    const root = renderer();
    for (const url of [
      'trygg://app/..%2fsecret.txt',
      'trygg://app/%2e%2e%2fsecret.txt',
      'trygg://app/missing.js',
      'trygg://other/index.html',
    ]) {
      const reply = await serveRendererFile(new Request(url), root);
      expect(reply.status, url).toBe(404);
      expect(await reply.text()).not.toContain('outside the renderer');
    }
    expect(
      (await serveRendererFile(new Request('trygg://app/index.html', { method: 'POST', body: 'x' }), root)).status,
    ).toBe(405);
  });
});
