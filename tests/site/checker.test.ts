// The link checker itself, on a tiny fixture site built for /mine-ban/: it must catch
// each kind of broken reference, and pass the good ones (so a green run means something).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteAt } from './dist';
import { pageProblems, stylesheetProblems } from './links';

const dir = mkdtempSync(join(tmpdir(), 'linkcheck-'));
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

write('index.html', page('<h1 id="top-heading">Home</h1>'));
write('a/index.html', page('<h2 id="here">A</h2><a name="legacy">x</a>'));
write('files/data.csv', 'a,b\n');
write('files/chart.svg', '<svg xmlns="http://www.w3.org/2000/svg"><g id="legend"></g></svg>');
write('s.css', 'a{background:url(files/chart.svg)} b{background:url("nope.png")} c{filter:url(#f)}');
write(
  'good/index.html',
  page(`<p id="self">
    <a href="../a/">rel</a> <a href="/mine-ban/a/#here">abs</a> <a href="http://localhost:4321/mine-ban/a/#legacy">site url</a>
    <a href="#self">self</a> <a href="https://example.org/">out</a> <a href="mailto:x@example.org">mail</a>
    <img src="../files/chart.svg#legend" alt="" srcset="../files/chart.svg 1x, /mine-ban/files/chart.svg 2x">
    <a href="/mine-ban/files/data.csv" download>csv</a></p>`),
);
write(
  'bad/index.html',
  page(`<p id="p">
    <a href="/a/">no base</a> <a href="../a">no slash</a> <a href="../a/#gone">no anchor</a>
    <a href="#missing">no local anchor</a> <a href="#">empty</a> <a href="../nope/">no page</a>
    <script src="https://cdn.example.org/x.js"></script> <img src="../files/data.csv" alt="" srcset="../files/x.png 2x">
    <a href="javascript:void(0)">js</a> <img src="../files/chart.svg#nolegend" alt=""></p>`),
);

const site = siteAt(dir, '/mine-ban/', 'http://localhost:4321');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('link checker on a fixture site', () => {
  it('passes good references', async () => {
    expect(await pageProblems(site, 'good/index.html')).toEqual([]);
  });

  it('reports each broken reference once, with the reason', async () => {
    const problems = await pageProblems(site, 'bad/index.html');
    const expected = [
      ['"/a/"', 'outside the base /mine-ban/'],
      ['"../a"', 'without its trailing slash'],
      ['"../a/#gone"', 'no id="gone" in a/index.html'],
      ['"#missing"', 'no id="missing" in bad/index.html'],
      ['"#"', 'empty fragment'],
      ['"../nope/"', 'no nope/index.html'],
      ['"https://cdn.example.org/x.js"', 'another host'],
      ['"../files/x.png"', 'no files/x.png'],
      ['"javascript:void(0)"', 'javascript: URL'],
      ['"../files/chart.svg#nolegend"', 'no id="nolegend"'],
    ];
    for (const [ref, reason] of expected) {
      expect(
        problems.filter((p) => p.includes(`=${ref}:`) && p.includes(reason)),
        `${ref} → ${reason}`,
      ).toHaveLength(1);
    }
    expect(problems).toHaveLength(expected.length);
  });

  it('checks url() in stylesheets', async () => {
    expect(await stylesheetProblems(site, 's.css')).toEqual(['url(nope.png): no nope.png in the build']);
  });
});
