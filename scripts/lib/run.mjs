// Child processes for scripts/test.mjs and scripts/bench.mjs: always async (a
// spawnSync would freeze any server running in this process), output streamed and
// kept, tools from node_modules/.bin on the pinned Node (node_modules/.bin first on
// PATH, as `npm run` does, so `node scripts/test.mjs` on an old system Node works too).
import { spawn } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

const bin = resolve('node_modules/.bin');

export function toolEnv(extra = {}) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  env.PATH = [bin, env.PATH ?? ''].join(delimiter);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/**
 * Run a command; resolve with { code, output } (stdout+stderr as text).
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, quiet?: boolean }} [options]
 */
export function run(cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { env: toolEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream) => (chunk) => {
      output += chunk;
      if (!quiet) stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('error', fail);
    child.on('close', (code, signal) => ok({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Wall time since `start` (from performance.now()) as "12.3 s". */
export const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
