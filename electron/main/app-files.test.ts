import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRendererFile, isRendererPage, RENDERER_INDEX } from './app-files';

const page = pathToFileURL(RENDERER_INDEX).href;
const rendererDir = dirname(RENDERER_INDEX);

describe('isRendererPage (what the window may navigate to and the IPC sender must show)', () => {
  it('accepts our page with any hash route', () => {
    expect(isRendererPage(page)).toBe(true);
    expect(isRendererPage(`${page}#/clients/42`)).toBe(true);
  });

  it('refuses other pages, other schemes and nonsense', () => {
    expect(isRendererPage(pathToFileURL(join(rendererDir, 'other.html')).href)).toBe(false);
    expect(isRendererPage('https://example.org/index.html')).toBe(false);
    expect(isRendererPage('not a url')).toBe(false);
  });
});

describe('isRendererFile (what the session lets a page load from disk)', () => {
  it('accepts files of the built renderer', () => {
    expect(isRendererFile(page)).toBe(true);
    expect(isRendererFile(pathToFileURL(join(rendererDir, 'assets', 'index-abc.js')).href)).toBe(true);
  });

  it('refuses anything outside it, however spelled', () => {
    expect(isRendererFile(`${pathToFileURL(rendererDir).href}/../main/core.js`)).toBe(false);
    expect(isRendererFile(`${pathToFileURL(rendererDir).href}/%2e%2e/main/core.js`)).toBe(false);
    expect(isRendererFile(pathToFileURL(rendererDir).href)).toBe(false);
    expect(isRendererFile('file:///etc/passwd')).toBe(false);
    expect(isRendererFile('file://elsewhere/share/notes.txt')).toBe(false);
    expect(isRendererFile('https://example.org/app.js')).toBe(false);
  });
});
