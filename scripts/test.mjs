// `npm test`: the whole pipeline, in order, stopping at the first failure.
// Each step prints its wall time; the last line is "N passed, M failed", which CI reads.
// Steps run one after another (CI has 2 cores). TEST_OUT_DIR changes the build dirs
// (default dist/ and dist-sub/) so people sharing a tree don't clobber each other;
// `node scripts/test.mjs <step-id>...` runs only the named steps, and --keep-going
// runs the rest after a failure (both for debugging; CI runs plain `npm test`).
import { rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { pa11ySite } from './lib/pa11y.mjs';
import { run, seconds } from './lib/run.mjs';

const out = process.env.TEST_OUT_DIR || 'dist';
const outSub = `${out}-sub`;
const subBase = '/mine-ban/';
const siteUrl = process.env.SITE_URL || 'http://localhost:4321';

/** Run a tool; fail with its name and exit code. `check` may inspect the output. */
const tool = (cmd, args, env = {}, check) => async () => {
  const { code, output } = await run(cmd, args, { env });
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with code ${code}`);
  return check?.(output);
};

const build = (dir, base) => async () => {
  rmSync(dir, { recursive: true, force: true });
  // BASE_PATH unset means '/'; set explicitly so a developer's shell can't leak into it.
  return tool('astro', ['build'], { OUT_DIR: dir, BASE_PATH: base, SITE_URL: siteUrl })();
};

const steps = [
  {
    id: 'chromium',
    name: 'Chromium present (CHROME_PATH)',
    run: async () => ensureChromium(),
  },
  {
    id: 'check',
    name: 'astro check',
    run: tool('astro', ['check'], {}, (output) => {
      // The summary comes last: "- 0 errors".
      const counts = [...output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/^- (\d+) errors?$/gm)];
      if (!counts.length) throw new Error('astro check printed no error count');
      const errors = counts.at(-1)[1];
      if (errors !== '0') throw new Error(`astro check reported ${errors} errors`);
    }),
  },
  { id: 'unit', name: 'unit tests', run: tool('vitest', ['run', '--project', 'unit']) },
  { id: 'build', name: `build into ${out}/ (base /)`, run: build(out, '/') },
  {
    id: 'site',
    name: `site checks over ${out}/: html-validate, links and anchors, serving, sitemap`,
    run: tool('vitest', ['run', '--project', 'site'], { DIST_DIR: out, BASE_PATH: '/', SITE_URL: siteUrl }),
  },
  { id: 'build-sub', name: `build into ${outSub}/ (base ${subBase})`, run: build(outSub, subBase) },
  {
    id: 'site-sub',
    name: `links, anchors, serving and sitemap over ${outSub}/ (base ${subBase})`,
    run: tool('vitest', ['run', '--project', 'site', 'tests/site/links.test.ts', 'tests/site/served.test.ts', 'tests/site/sitemap.test.ts'], {
      DIST_DIR: outSub,
      BASE_PATH: subBase,
      SITE_URL: siteUrl,
    }),
  },
  {
    id: 'pa11y',
    name: `pa11y-ci (WCAG2AA, axe + htmlcs) over ${out}/`,
    run: () => pa11ySite({ distDir: out, siteUrl, chromePath: process.env.CHROME_PATH }),
  },
  {
    id: 'browser',
    name: `browser tests over ${out}/ (Chromium)`,
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
const times = [];
let passed = 0;
let failed = 0;
for (const [i, step] of chosen.entries()) {
  console.log(`\n▶ [${i + 1}/${chosen.length}] ${step.name}`);
  const t0 = performance.now();
  try {
    const note = await step.run();
    times.push([step.name, seconds(t0), 'ok']);
    console.log(`✔ ${step.name} (${seconds(t0)})${typeof note === 'string' ? `: ${note}` : ''}`);
    passed++;
  } catch (error) {
    times.push([step.name, seconds(t0), 'FAILED']);
    console.error(`\n✘ ${step.name} FAILED after ${seconds(t0)}: ${error instanceof Error ? error.message : error}`);
    failed++;
    if (!keepGoing) break;
  }
}

console.log('\nStep times:');
for (const [name, time, status] of times) console.log(`  ${time.padStart(8)}  ${status.padEnd(6)}  ${name}`);
const skipped = chosen.length - passed - failed;
console.log(`  ${seconds(started).padStart(8)}  total${skipped ? ` (${skipped} step(s) not run)` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
