// Bundles the editor fixture pages for the e2e tests: one folder per editor in
// tests/fixtures/editors, each built to tests/fixtures/dist/<name>/ (index.html, app.js, app.css).
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'tests/fixtures/editors');
const distDir = path.join(root, 'tests/fixtures/dist');

function renderPage(name, hasStyles) {
  const styles = hasStyles ? '\n    <link rel="stylesheet" href="app.css" />' : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${name} fixture</title>${styles}
  </head>
  <body>
    <script src="app.js"></script>
  </body>
</html>
`;
}

async function findEntry(name) {
  for (const file of ['app.ts', 'app.tsx']) {
    const entry = path.join(sourceDir, name, file);
    if (existsSync(entry)) return entry;
  }
  return undefined;
}

async function buildPage(name, entry, intoDir) {
  const outdir = path.join(intoDir, name);
  await esbuild.build({
    entryPoints: { app: entry },
    outdir,
    bundle: true,
    format: 'iife',
    minify: false,
    sourcemap: 'linked',
    target: 'chrome120',
    jsx: 'automatic',
    // Development builds keep React's and Lexical's readable errors when a test fails.
    conditions: ['development'],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
  await writeFile(
    path.join(outdir, 'index.html'),
    renderPage(name, existsSync(path.join(outdir, 'app.css'))),
  );
}

export async function buildFixtures() {
  const started = performance.now();
  // Build beside the served pages (inside dist/, which git and the linters ignore) and swap each
  // page in at the end: a test run or the benchmark reading the pages meanwhile never finds one
  // half-built or missing.
  const buildDir = path.join(distDir, `.building-${process.pid}`);
  await rm(buildDir, { recursive: true, force: true });
  await mkdir(buildDir, { recursive: true });

  const folders = await readdir(sourceDir, { withFileTypes: true });
  const pages = [];
  for (const folder of folders) {
    if (!folder.isDirectory()) continue;

    const entry = await findEntry(folder.name);
    if (entry) pages.push({ name: folder.name, entry });
  }

  await Promise.all(pages.map((page) => buildPage(page.name, page.entry, buildDir)));
  for (const { name } of pages) {
    const retired = path.join(buildDir, `${name}.old`);
    await rename(path.join(distDir, name), retired).catch(() => {});
    await rename(path.join(buildDir, name), path.join(distDir, name));
  }
  await rm(buildDir, { recursive: true, force: true });
  const elapsed = Math.round(performance.now() - started);
  console.log(
    `Built ${pages.length} editor fixtures in ${elapsed} ms: ${pages.map((p) => p.name).join(', ')}`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildFixtures();
}
