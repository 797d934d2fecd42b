// The two PostCSS plugins of src/lib/css-prune.ts ship no types.
declare module 'postcss-discard' {
  type Pattern = string | RegExp | ((node: import('postcss').Node, value: string) => boolean);
  interface DiscardOptions {
    atrule?: Pattern | Pattern[];
    rule?: Pattern | Pattern[];
    decl?: Pattern | Pattern[];
    css?: string;
  }
  export default function discard(options?: DiscardOptions): import('postcss').Plugin;
}
declare module 'postcss-prune-var' {
  export default function pruneVar(options?: { skip?: string[] }): import('postcss').Plugin;
}
