// The house's import rules (see README "Layout"): each room imports only the rooms below it. A violation here is a
// design bug, not a style nit: lib/extract must run unchanged in the content script, in tests and in Node.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** Source without comments, so a sentence that mentions fetch or innerHTML is not read as a call. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function sources(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    const p = join(abs, name);
    if (statSync(p).isDirectory()) return sources(relative(ROOT, p));
    return /\.(ts|tsx)$/.test(name) ? [relative(ROOT, p)] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

/**
 * Imports of a file, with relative and '@/' paths resolved to project-relative folders; with `values`, only those
 * that bundle code (not `import type`).
 */
function importsOf(file: string, { values = false } = {}): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const found = [...src.matchAll(IMPORT)].filter((m) => !values || !/^(import|export)\s+type\s/.test(m[0]));
  return found.map((m) => {
    const spec = (m[1] ?? m[2] ?? m[3])!;
    if (spec.startsWith('.')) return relative(ROOT, resolve(ROOT, dirname(file), spec));
    if (spec.startsWith('@/')) return spec.slice(2);
    return spec;
  });
}

interface Rule {
  room: string;
  allowed: RegExp;
  globals?: RegExp;
}

const RULES: Rule[] = [
  { room: 'lib/model', allowed: /^(lib\/model(\/|$)|zod(\/mini)?$)/ },
  {
    room: 'lib/extract',
    allowed: /^(lib\/model(\/|$)|lib\/extract(\/|$))/,
    // Page globals would make the extractor read the live page behind the caller's back.
    globals: /(^|[^.\w])(window|location|document|navigator|chrome|browser)\s*[.[]/m,
  },
  { room: 'lib/protocol', allowed: /^(lib\/model(\/|$)|lib\/protocol(\/|$)|wxt\/browser$)/ },
  { room: 'lib/storage', allowed: /^(lib\/model(\/|$)|lib\/storage(\/|$)|idb$)/ },
  { room: 'lib/service', allowed: /^(lib\/(model|storage|protocol|service)(\/|$)|lib\/client\/text-fragment$)/ },
  { room: 'lib/client', allowed: /^(lib\/(model|protocol|client)(\/|$)|wxt\/browser$)/ },
  { room: 'components', allowed: /^(lib\/model(\/|$)|lib\/client\/(types|index|mock)|components(\/|$)|preact(\/hooks)?$|preact\/jsx-runtime$)/ },
];

describe('import rules', () => {
  for (const rule of RULES) {
    it(`${rule.room} imports only what it may`, () => {
      const bad: string[] = [];
      for (const file of sources(rule.room)) {
        for (const imp of importsOf(file)) if (!rule.allowed.test(imp)) bad.push(`${file} → ${imp}`);
        if (rule.globals) {
          const m = rule.globals.exec(code(file));
          if (m) bad.push(`${file} uses the global ${m[2]}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }

  // The content script runs on every page: only the detector may be in it. The analysis is a second bundle
  // (entrypoints/analyser.ts) loaded on articles; a value import of it here would put it back in every page.
  it('the content script carries the detector, not the analysis', () => {
    const bad = sources('entrypoints/content').flatMap((file) =>
      importsOf(file, { values: true })
        .filter((imp) => imp.startsWith('lib/extract') && imp !== 'lib/extract/detect')
        .map((imp) => `${file} → ${imp}`),
    );
    expect(bad).toEqual([]);
    expect(importsOf('lib/extract/analyze.ts')).not.toContain('lib/extract/detect');
  });

  it('page text is never rendered as HTML', () => {
    const offenders = [...sources('components'), ...sources('entrypoints'), ...sources('lib')].filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/.test(code(f)),
    );
    expect(offenders).toEqual([]);
  });

  it('nothing makes a network request', () => {
    const offenders = [...sources('components'), ...sources('entrypoints'), ...sources('lib')].filter((f) =>
      /\bfetch\s*\(|XMLHttpRequest|WebSocket\s*\(|sendBeacon|EventSource\s*\(/.test(code(f)),
    );
    expect(offenders).toEqual([]);
  });
});
