import { readFile } from 'node:fs/promises';
import { protocol, type Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';
import { APP_SCHEME, RENDERER_DIR, contentTypeOf, rendererFileFor } from './app-files';

/**
 * Before the app is ready: trygg: is a standard scheme (an origin, relative URLs, hash routes),
 * secure (a secure context, like https), and answers fetch (pdf.js reads its worker through it).
 */
export function registerRendererScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const notFound = () => new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain' } });

/**
 * Answers one request for trygg://app/<path> with that file of the built renderer (`root`), and
 * 404 for anything outside its folder. The policy also travels as a header now that the pages are
 * no longer file: URLs; the meta tag in index.html states the same policy.
 */
export async function serveRendererFile(request: Request, root = RENDERER_DIR): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = rendererFileFor(request.url, root);
  if (!file) return notFound();
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return notFound();
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    headers: {
      'Content-Type': contentTypeOf(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

/** After the app is ready, on the session the window uses. */
export function handleRendererScheme(target: Pick<Protocol, 'handle'> = protocol): void {
  target.handle(APP_SCHEME, (request) => serveRendererFile(request));
}
