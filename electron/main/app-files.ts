import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Resolved from this bundle's folder, out/main. Only index.ts's graph imports this module, so it
// is bundled into out/main/index.js and __dirname stays out/main (not a shared chunk's folder).
export const CORE_SCRIPT = join(__dirname, 'core.js');
export const PRELOAD_SCRIPT = join(__dirname, '..', 'preload', 'index.js');
const RENDERER_DIR = join(__dirname, '..', 'renderer');
export const RENDERER_INDEX = join(RENDERER_DIR, 'index.html');

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Whether `url` is our renderer's page, whatever its hash route. */
export function isRendererPage(url: string): boolean {
  const parsed = parse(url);
  const ours = pathToFileURL(RENDERER_INDEX);
  return parsed?.protocol === 'file:' && parsed.host === ours.host && parsed.pathname === ours.pathname;
}

/** Whether `url` is a file of the built renderer (its page, scripts, styles, fonts). */
export function isRendererFile(url: string): boolean {
  const parsed = parse(url);
  if (parsed?.protocol !== 'file:') return false;
  let path: string;
  try {
    path = fileURLToPath(parsed);
  } catch {
    // A file URL naming another host (file://server/...) is no file of ours.
    return false;
  }
  const rel = relative(RENDERER_DIR, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
