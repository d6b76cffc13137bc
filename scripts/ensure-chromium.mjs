// Find the Chromium the tests drive (playwright-core, pa11y via puppeteer, lighthouse).
// CHROME_PATH wins; else Debian's /usr/bin/chromium; if that is missing and we are
// root on Debian (CI), install it with apt. Nothing here ever downloads a browser
// from anywhere else. Sets process.env.CHROME_PATH for the steps that follow.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function ensureChromium({ log = console.log } = {}) {
  const wanted = process.env.CHROME_PATH;
  if (wanted) {
    if (!isExecutable(wanted)) {
      throw new Error(
        `CHROME_PATH=${wanted} is not an executable file. Point CHROME_PATH at a Chromium or Chrome binary, or unset it to use ${DEBIAN_CHROMIUM}.`,
      );
    }
    return report(wanted, log);
  }
  if (!isExecutable(DEBIAN_CHROMIUM)) {
    const root = process.getuid?.() === 0;
    const debian = existsSync('/etc/debian_version');
    if (!(root && debian)) {
      throw new Error(
        `Chromium not found at ${DEBIAN_CHROMIUM}. Install it (Debian/Ubuntu: "sudo apt-get install -y chromium") ` +
          `or set CHROME_PATH to a Chromium/Chrome binary, then run again.`,
      );
    }
    log(`Chromium missing: installing Debian's chromium with apt-get (root on Debian)`);
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);
    if (!isExecutable(DEBIAN_CHROMIUM)) throw new Error(`apt-get install chromium did not provide ${DEBIAN_CHROMIUM}`);
  }
  return report(DEBIAN_CHROMIUM, log);
}

function report(path, log) {
  const version = spawnSync(path, ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) {
    throw new Error(`${path} --version failed (exit ${version.status}): ${version.stderr || version.error}`);
  }
  process.env.CHROME_PATH = path;
  log(`Chromium: ${path} (${version.stdout.trim()})`);
  return path;
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${result.status})`);
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureChromium();
  } catch (error) {
    console.error(`✘ ${error.message}`);
    process.exit(1);
  }
}
