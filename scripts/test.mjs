// `npm test`: the whole pipeline. Steps run two at a time where they do not depend on
// each other (CI has 2 cores): the build feeds the site checks, pa11y and the browser
// tests; astro check, unit tests and lint fill the other core during the build, then
// pa11y and the browser tests (the two longest steps, each driving one Chromium; pa11y
// one page at a time: with two, under load, pages of its shared browser failed with
// "Target.closeTarget: No target with given id found") run side by side, and the sub-path build and the site checks follow. Each
// step's output is printed in one piece when it ends, so parallel steps never interleave.
// The last line is "N passed, M failed", which CI reads.
// The builds go to .test-dist/ and .test-dist-sub/, never to a dist/ someone built to
// deploy; TEST_OUT_DIR changes that folder. `node scripts/test.mjs <step-id>...` runs only
// the named steps (over an existing build), and --keep-going runs the rest after a
// failure (both for debugging; CI runs plain `npm test`).
import { rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { pa11ySite } from './lib/pa11y.mjs';
import { loadavg } from 'node:os';
import { metered, run, seconds } from './lib/run.mjs';

const out = process.env.TEST_OUT_DIR || '.test-dist';
const outSub = `${out}-sub`;
const subBase = '/mine-ban/';
const siteUrl = process.env.SITE_URL || 'http://localhost:4321';
const SLOTS = 2;

/** Run a tool, keeping its output for the step's block; fail with its name and exit code. `check` may inspect the output. */
const tool =
  (cmd, args, env = {}, check) =>
  async (log) => {
    const { code, output } = await run(cmd, args, { env, quiet: true });
    log(output);
    if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with code ${code}`);
    return check?.(output);
  };

const build = (dir, base) => async (log) => {
  rmSync(dir, { recursive: true, force: true });
  // BASE_PATH unset means '/'; set explicitly so a developer's shell can't leak into it.
  return tool('astro', ['build'], { OUT_DIR: dir, BASE_PATH: base, SITE_URL: siteUrl })(log);
};

const steps = [
  {
    id: 'chromium',
    name: 'Chromium present (CHROME_PATH)',
    run: async (log) => ensureChromium({ log: (line) => log(`${line}\n`) }),
  },
  { id: 'build', name: `build into ${out}/ (base /)`, run: build(out, '/') },
  {
    id: 'check',
    name: 'astro check',
    run: tool('astro', ['check'], {}, (output) => {
      // The summary comes last: "- 0 errors". The colour codes are control characters.
      // eslint-disable-next-line no-control-regex
      const counts = [...output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/^- (\d+) errors?$/gm)];
      if (!counts.length) throw new Error('astro check printed no error count');
      const errors = counts.at(-1)[1];
      if (errors !== '0') throw new Error(`astro check reported ${errors} errors`);
    }),
  },
  { id: 'unit', name: 'unit tests', run: tool('vitest', ['run', '--project', 'unit*']) },
  {
    id: 'lint',
    name: 'lint: prettier --check . and eslint .',
    // Both always run, so one report shows formatting and lint problems together.
    run: async (log) => {
      const results = await Promise.allSettled([tool('prettier', ['--check', '.'])(log), tool('eslint', ['.'])(log)]);
      const failures = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
      if (failures.length) throw new Error(failures.join('; '));
    },
  },
  {
    id: 'site',
    name: `site checks over ${out}/: html-validate, links and anchors, serving, sitemap`,
    needs: ['build'],
    run: tool('vitest', ['run', '--project', 'site'], { DIST_DIR: out, BASE_PATH: '/', SITE_URL: siteUrl }),
  },
  { id: 'build-sub', name: `build into ${outSub}/ (base ${subBase})`, run: build(outSub, subBase) },
  {
    id: 'site-sub',
    name: `links, anchors, serving and sitemap over ${outSub}/ (base ${subBase})`,
    needs: ['build-sub'],
    run: tool(
      'vitest',
      ['run', '--project', 'site', 'tests/site/links.test.ts', 'tests/site/served.test.ts', 'tests/site/sitemap.test.ts'],
      {
        DIST_DIR: outSub,
        BASE_PATH: subBase,
        SITE_URL: siteUrl,
      },
    ),
  },
  {
    id: 'pa11y',
    name: `pa11y-ci (WCAG2AA, axe + htmlcs) over ${out}/`,
    needs: ['build'],
    run: (log) => pa11ySite({ distDir: out, siteUrl, chromePath: process.env.CHROME_PATH, log: (line) => log(`${line}\n`) }),
  },
  {
    id: 'browser',
    name: `browser tests over ${out}/ (Chromium)`,
    needs: ['build'],
    run: tool('vitest', ['run', '--project', 'browser'], { DIST_DIR: out, BASE_PATH: '/' }),
  },
];

const args = process.argv.slice(2);
const keepGoing = args.includes('--keep-going');
const only = args.filter((a) => a !== '--keep-going');
const unknown = only.filter((id) => !steps.some((s) => s.id === id));
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${steps.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
// Chromium is always looked up: later steps need CHROME_PATH.
const chosen = only.length ? steps.filter((s) => s.id === 'chromium' || only.includes(s.id)) : steps;

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: run "npm test" (it uses the pinned Node from node_modules).`);
  process.exit(2);
}

const started = performance.now();
const results = new Map(); // id -> { status: 'ok' | 'FAILED', time, cpu }
const group = process.env.GITHUB_ACTIONS === 'true';
let stopping = false;

/** Runs one step, then prints its whole output as one block. */
async function runStep(step) {
  const index = chosen.indexOf(step) + 1;
  console.log(`▶ [${index}/${chosen.length}] ${step.name}`);
  let output = '';
  const log = (text) => (output += text);
  const t0 = performance.now();
  const meter = { cpu: null };
  let line;
  try {
    const note = await metered(meter, () => step.run(log));
    results.set(step.id, { status: 'ok', time: seconds(t0), cpu: meter.cpu });
    line = `✔ ${step.name} (${seconds(t0)})${typeof note === 'string' ? `: ${note}` : ''}`;
  } catch (error) {
    results.set(step.id, { status: 'FAILED', time: seconds(t0), cpu: meter.cpu });
    line = `✘ ${step.name} FAILED after ${seconds(t0)}: ${error instanceof Error ? error.message : error}`;
    if (!keepGoing) stopping = true;
  }
  const body = output.trimEnd();
  console.log(`\n${group ? '::group::' : '── '}${step.name}${group ? '' : ' ──'}`);
  if (body) console.log(body);
  if (group) console.log('::endgroup::');
  (results.get(step.id).status === 'ok' ? console.log : console.error)(line);
}

// Chromium first and alone: later steps need CHROME_PATH. Then the longest chain
// (build, then pa11y and the browser tests) is started first whenever it can be: pa11y
// and the browser tests no longer wait for each other (run one after the other they
// were 850 of the 956 s), and the short steps fill the gaps.
const PRIORITY = ['build', 'pa11y', 'browser', 'check', 'unit', 'lint', 'build-sub', 'site', 'site-sub'];
const [first, ...rest] = chosen;
await runStep(first);
const waiting = rest.sort((a, b) => PRIORITY.indexOf(a.id) - PRIORITY.indexOf(b.id));
const running = new Map(); // id -> promise
const chosenIds = new Set(chosen.map((s) => s.id));
const blocked = (step) => (step.needs ?? []).some((id) => chosenIds.has(id) && results.get(id)?.status !== 'ok');
const ready = (step) => (step.needs ?? []).every((id) => !chosenIds.has(id) || results.has(id));
if (results.get(first.id).status !== 'ok') stopping = true;
while (!stopping || running.size) {
  if (!stopping) {
    for (const step of [...waiting]) {
      if (running.size >= SLOTS) break;
      if (!ready(step)) continue;
      waiting.splice(waiting.indexOf(step), 1);
      if (blocked(step)) continue; // its build failed: reported as not run
      running.set(
        step.id,
        runStep(step).then(() => running.delete(step.id)),
      );
    }
  }
  if (!running.size) break;
  await Promise.race(running.values());
}

// Wall time, and the CPU seconds of the step's processes (a lower bound where Chromium's
// renderers escape the count: scripts/lib/run.mjs): on a shared machine the wall times
// vary with the load, the CPU seconds much less.
const cpuText = (cpu) => (cpu === null || cpu === undefined ? '' : `${cpu.toFixed(1)} s`);
console.log('\nStep times (wall, CPU):');
let cpuTotal = 0;
let passed = 0;
let failed = 0;
for (const step of chosen) {
  const r = results.get(step.id);
  if (!r) continue;
  if (r.status === 'ok') passed++;
  else failed++;
  cpuTotal += r.cpu ?? 0;
  console.log(`  ${r.time.padStart(8)}  ${cpuText(r.cpu).padStart(8)}  ${r.status.padEnd(6)}  ${step.name}`);
}
const skipped = chosen.length - passed - failed;
const load = loadavg()
  .map((n) => n.toFixed(1))
  .join(' ');
console.log(
  `  ${seconds(started).padStart(8)}  ${cpuText(cpuTotal).padStart(8)}  total${skipped ? ` (${skipped} step(s) not run)` : ''}; load average ${load}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || skipped ? 1 : 0);
