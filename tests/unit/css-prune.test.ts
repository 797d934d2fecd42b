import { join, resolve } from 'node:path';
import postcss from 'postcss';
import { compile } from 'sass';
import { describe, expect, it } from 'vitest';
import { cssPrunePlugins } from '../../src/lib/css-prune';

const root = resolve(import.meta.dirname, '../..');
const prune = (css: string) => postcss(cssPrunePlugins()).process(css, { from: undefined }).css;
const squash = (css: string) => css.replace(/\s+/g, ' ').trim();

describe('cssPrunePlugins', () => {
  it('drops custom properties no var() reads, keeps those read directly or through another', () => {
    const css =
      ':root { --unused: red; --unused-proxy: var(--unused); --base: blue; --proxy: var(--base); --direct: 1px; }\n' +
      'a { color: var(--proxy); border-width: var(--direct, 2px); }';
    expect(squash(prune(css))).toBe(
      ':root { --base: blue; --proxy: var(--base); --direct: 1px; } a { color: var(--proxy); border-width: var(--direct, 2px); }',
    );
  });

  it('drops the theme selectors nothing sets and keeps the colour-scheme and forced-colours blocks', () => {
    const css = [
      'a { color: var(--c); }',
      '@media (prefers-color-scheme: dark) { :root { --c: white; } }',
      '@media (prefers-color-scheme: light) { :root { --c: black; } }',
      '[data-kern-theme=light], .kern-light { --c: black; }',
      '[data-kern-theme="dark"], .kern-dark, p { background: var(--c); }',
      '@media (forced-colors: active) { a { border: 1px solid CanvasText; } }',
    ].join('\n');
    expect(squash(prune(css))).toBe(
      'a { color: var(--c); } @media (prefers-color-scheme: dark) { :root { --c: white; } } @media (prefers-color-scheme: light) { :root { --c: black; } } p { background: var(--c); } @media (forced-colors: active) { a { border: 1px solid CanvasText; } }',
    );
  });

  it('leaves every custom property the site stylesheet reads and both colour schemes', () => {
    const css = prune(compile(join(root, 'src/styles/site.scss'), { loadPaths: [join(root, 'src/styles'), join(root, 'node_modules')], quietDeps: true }).css);
    const ast = postcss.parse(css);
    const defined = new Set<string>();
    const read = new Set<string>();
    ast.walkDecls((decl) => {
      if (decl.prop.startsWith('--')) defined.add(decl.prop);
      for (const [, name] of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) read.add(name);
    });
    // KERN reads a few properties it defines nowhere, with a fallback (e.g. the *-contextual colours).
    const undefinedInKern = [...read].filter((name) => !defined.has(name));
    expect(undefinedInKern.every((name) => /-contextual$|^--kern-(120|144)$|^--kern-color-action-focus-border-inside$/.test(name))).toBe(true);
    expect([...defined].filter((name) => !read.has(name))).toEqual([]);
    expect(css).not.toMatch(/data-kern-theme|\.kern-(dark|light)\b/);
    for (const scheme of ['dark', 'light']) {
      const block = ast.nodes.find((node) => node.type === 'atrule' && node.params === `(prefers-color-scheme: ${scheme})`);
      expect(block?.toString()).toContain('--kern-color-layout-background-default');
    }
    expect(css).toContain('@media (forced-colors: active)');
  });
});
