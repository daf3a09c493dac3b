/**
 * BENCH_BEFORE=<git ref>: the benchmark pages built from another commit's app (src/ at that
 * ref) with this checkout's harness, into dist/before/ — so "before" and "after" run in the
 * same browser, on the same machine load, beside the bare page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

export async function buildBefore(repo, here, ref) {
  const tree = mkdtempSync(join(tmpdir(), 'bench-canvas-before-'));
  try {
    const archive = execFileSync('git', ['-C', repo, 'archive', '--format=tar', ref, 'src', 'index.html', 'tsconfig.json'], { maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', tree], { input: archive });
    symlinkSync(join(repo, 'node_modules'), join(tree, 'node_modules'), 'dir');
    // This checkout's harness (pages, generator, config) over the other commit's app.
    const harness = join(tree, 'bench', 'canvas');
    cpSync(here, harness, { recursive: true, filter: (src) => !/[/\\](dist|results)([/\\]|$)/.test(src.slice(here.length)) });
    await build({
      configFile: join(harness, 'vite.config.ts'),
      logLevel: 'error',
      base: '/before/',
      build: { outDir: join(here, 'dist', 'before'), emptyOutDir: true },
    });
    return readdirSync(join(here, 'dist', 'before')).length > 0;
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
