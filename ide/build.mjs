// Bundles GraphiQL, the Explorer plugin, Monaco's workers and the /insights page's script into ../schema/static/graphiql/.
// Run by `make install` (after `npm ci`); the output is gitignored, never committed.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'schema', 'static', 'graphiql');

const common = {
  bundle: true,
  minify: true,
  legalComments: 'linked',
  target: ['es2022'],
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file' },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  ...common,
  entryPoints: { graphiql: join(here, 'src', 'main.jsx') },
  outdir: out,
  format: 'iife',
  jsx: 'automatic',
  assetNames: 'assets/[name]-[hash]',
});

// The /insights page (schema/insights.py): Chart.js and Cytoscape, no React.
await build({
  ...common,
  entryPoints: { insights: join(here, 'src', 'insights.js') },
  outdir: out,
  format: 'iife',
});

await build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  outdir: join(out, 'workers'),
  format: 'iife',
});

// What was built from what: kb's page checks this file exists before linking the bundle.
const lock = readFileSync(join(here, 'package-lock.json'));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
writeFileSync(
  join(out, 'build.json'),
  JSON.stringify(
    {
      lockSha256: createHash('sha256').update(lock).digest('hex'),
      dependencies: pkg.dependencies,
      builtAt: new Date().toISOString(),
    },
    null,
    2,
  ) + '\n',
);
console.log(`GraphiQL assets written to ${out}`);
