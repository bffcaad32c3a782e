import { extname, isAbsolute, join, relative, resolve } from 'node:path';

// Resolved from this bundle's folder, out/main. Only index.ts's graph imports this module, so it
// is bundled into out/main/index.js and __dirname stays out/main (not a shared chunk's folder).
export const CORE_SCRIPT = join(__dirname, 'core.js');
export const PRELOAD_SCRIPT = join(__dirname, '..', 'preload', 'index.js');
export const RENDERER_DIR = join(__dirname, '..', 'renderer');

/**
 * The renderer is served from a scheme of our own instead of file://, as Electron's security
 * checklist asks: a page of ours gets an origin of its own (trygg://app), not the run of the
 * disk that file: pages share, and nothing but the renderer's folder can be read through it.
 */
export const APP_SCHEME = 'trygg';
const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const RENDERER_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

const ours = (parsed: URL | undefined): parsed is URL =>
  parsed?.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.port === '';

/** Whether `url` is our renderer's page, whatever its hash route. */
export function isRendererPage(url: string): boolean {
  const parsed = parse(url);
  return ours(parsed) && parsed.pathname === '/index.html' && parsed.search === '';
}

/**
 * The file of the built renderer that `url` names (its page, scripts, styles, fonts), or
 * undefined for anything else: another scheme or host, a path that climbs out of the renderer's
 * folder however it is spelled (`..`, `%2e%2e`, an encoded slash or backslash), a NUL.
 */
export function rendererFileFor(url: string, root = RENDERER_DIR): string | undefined {
  const parsed = parse(url);
  if (!ours(parsed)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const file = resolve(root, `.${path}`);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return file;
}

/** Whether `url` is a file of the built renderer. */
export const isRendererFile = (url: string): boolean => rendererFileFor(url) !== undefined;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export const contentTypeOf = (file: string): string => TYPES[extname(file)] ?? 'application/octet-stream';
