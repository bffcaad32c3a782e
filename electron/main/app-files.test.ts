import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_SCRIPT, RENDERER_DIR, RENDERER_URL, isRendererFile, isRendererPage, rendererFileFor } from './app-files';

describe('isRendererPage (what the window may navigate to and the IPC sender must show)', () => {
  it('is our page on our own scheme, with any hash route', () => {
    expect(RENDERER_URL).toBe('trygg://app/index.html');
    expect(isRendererPage(RENDERER_URL)).toBe(true);
    expect(isRendererPage(`${RENDERER_URL}#/clients/42`)).toBe(true);
  });

  it('refuses other pages, hosts, schemes and nonsense', () => {
    expect(isRendererPage('trygg://app/other.html')).toBe(false);
    expect(isRendererPage('trygg://elsewhere/index.html')).toBe(false);
    expect(isRendererPage('trygg://app/index.html?x=1')).toBe(false);
    expect(isRendererPage('file:///index.html')).toBe(false);
    expect(isRendererPage('https://example.org/index.html')).toBe(false);
    expect(isRendererPage('not a url')).toBe(false);
  });
});

describe('rendererFileFor (what the trygg: scheme serves)', () => {
  it('maps our URLs to files of the built renderer', () => {
    expect(rendererFileFor(RENDERER_URL)).toBe(join(RENDERER_DIR, 'index.html'));
    expect(rendererFileFor('trygg://app/assets/index-abc.js')).toBe(join(RENDERER_DIR, 'assets', 'index-abc.js'));
    expect(rendererFileFor('trygg://app/assets/a%20b.css')).toBe(join(RENDERER_DIR, 'assets', 'a b.css'));
    expect(isRendererFile(`${RENDERER_URL}#/clients`)).toBe(true);
  });

  it('refuses anything outside the renderer’s folder, however spelled', () => {
    for (const url of [
      'trygg://app/../main/core.js',
      'trygg://app/%2e%2e/main/core.js',
      'trygg://app/assets/..%2f..%2fmain%2fcore.js',
      'trygg://app/..%5cmain%5ccore.js',
      'trygg://app/%2fetc%2fpasswd',
      'trygg://app/index.html%00.png',
      'trygg://app/',
      'trygg://app/%E0%A4%A',
      'trygg://elsewhere/index.html',
      'trygg://user@app/index.html',
      'file:///etc/passwd',
      'https://example.org/app.js',
    ]) {
      const file = rendererFileFor(url);
      // A URL parser may fold a climb back inside the folder; it never leaves it.
      if (file !== undefined) expect(file.startsWith(RENDERER_DIR + '/'), url).toBe(true);
      expect(file, url).not.toBe(CORE_SCRIPT);
    }
    expect(rendererFileFor('trygg://app/assets/..%2f..%2fmain%2fcore.js')).toBeUndefined();
    expect(rendererFileFor('trygg://app/..%5cmain%5ccore.js')).toBeUndefined();
    expect(rendererFileFor('trygg://app/index.html%00.png')).toBeUndefined();
    expect(rendererFileFor('trygg://app/')).toBeUndefined();
    expect(rendererFileFor('file:///etc/passwd')).toBeUndefined();
  });
});
