// Child processes for scripts/test.mjs and scripts/bench.mjs: always async (a
// spawnSync would freeze any server running in this process), output streamed and
// kept, tools from node_modules/.bin on the pinned Node (node_modules/.bin first on
// PATH, as `npm run` does, so `node scripts/test.mjs` on an old system Node works too).
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

const bin = resolve('node_modules/.bin');

export function toolEnv(extra = {}) {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  env.PATH = [bin, env.PATH ?? ''].join(delimiter);
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

// CPU time of finished children, from /proc/self/stat (Linux; null elsewhere): the kernel
// adds a child's user and system time, with that of every descendant it waited for, to
// its parent's when the parent reaps it. A descendant orphaned before it is reaped is not
// counted: Chromium's page renderers are reaped by its zygote, which can outlive the
// browser process, so for pa11y (measured: about 100 of some 450 CPU s) and the browser
// tests the figure is a lower bound. Wall times on a shared machine say little; CPU
// seconds of the same step compare across runs.
const TICKS_PER_SECOND = 100; // USER_HZ, fixed at 100 in Linux's user-space ABI
function childrenCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND; // cutime, cstime
  } catch {
    return null;
  }
}
let lastChildrenCpu = childrenCpu();
const meters = new AsyncLocalStorage();

/**
 * Runs `work` and adds up the CPU seconds of every child `run` starts inside it (across
 * awaits). Children of parallel work that end at the same moment may be counted in each
 * other's total; the sum stays right. Resolves with `work`'s result; `meter.cpu` is null
 * where /proc is missing.
 * @template T
 * @param {{ cpu: number | null }} meter
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
export const metered = (meter, work) => meters.run(meter, work);

/**
 * Run a command; resolve with { code, output } (stdout+stderr as text).
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, quiet?: boolean }} [options]
 */
export function run(cmd, args, { env = {}, quiet = false } = {}) {
  const meter = meters.getStore();
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
    child.on('exit', () => {
      const now = childrenCpu();
      if (meter && now !== null && lastChildrenCpu !== null) meter.cpu = (meter.cpu ?? 0) + now - lastChildrenCpu;
      lastChildrenCpu = now;
    });
    child.on('close', (code, signal) => ok({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Wall time since `start` (from performance.now()) as "12.3 s". */
export const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
