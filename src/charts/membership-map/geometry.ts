/**
 * Geometry of the membership map: world-atlas 110m countries in Equal Earth,
 * each state coloured by its treaty status at a set of dates. Joining is by ISO
 * numeric code (world-atlas ids) from membership.csv's alpha-3 through a code
 * table passed in (i18n-iso-countries), never a hand-typed list. Features with
 * no state in membership.csv are drawn without a status and named; states with
 * no feature (too small at 110m) are listed.
 */
import { geoArea, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LAYOUTS, type LayoutName } from '../kit/layout';
import { crosses, labelBox, overlaps, type Box, type Label, type Segment } from '../kit/text';

export type { StatusAt as MapStatus } from '../../data/membership';
import type { StatusAt as MapStatus } from '../../data/membership';

export interface MapMember {
  iso3: string;
  name: string;
  /** Status at each of MapInput.dates, in order. */
  statuses: MapStatus[];
}

export interface MapInput {
  topology: Topology;
  members: MapMember[];
  dates: string[];
  /** ISO alpha-3 → ISO numeric (3 digits), or undefined. */
  toNumeric: (iso3: string) => string | undefined;
  /** Labelled states, in order of placement; `layouts` limits a label to some display widths. */
  labelled: { iso3: string; text: string; layouts?: LayoutName[] }[];
  /** A finer atlas (world-atlas 50m) where states too small for the drawing are found, to be shown as dots. */
  small?: Topology;
  /** States the enlarged inset must show whole (Europe, where the withdrawals happened). */
  inset?: string[];
  /** Feature names left out of the drawing (e.g. Antarctica). */
  omit: string[];
  /** d3's unsimplified paths at 0.1 px: the reference the shipped map is compared with, pixel by pixel, in tests. */
  exact?: boolean;
}

export interface MapCountry {
  iso3: string;
  name: string;
  d: string;
  statuses: MapStatus[];
}

export interface MapGeometry {
  width: number;
  height: number;
  /** The drawing's own area, under the label band: a label is either in the band or on its own state's land. */
  frame: Box;
  countries: MapCountry[];
  /** Features drawn with no status: disputed or dependent areas. */
  territories: { name: string; d: string }[];
  /** States in membership.csv that world-atlas does not draw at 110m. */
  undrawn: { iso3: string; name: string }[];
  /** Those of them found in the finer atlas: a dot at their centroid, coloured by status. */
  dots: (MapCountry & { x: number; y: number })[];
  omitted: string[];
  /** The inset's box in map pixels (a 4:3 window around the inset states), or null. */
  inset: Box | null;
  /** Each labelled state's main shape (box and centroid), in the order of MapInput.labelled. */
  labelShapes: { iso3: string; cx: number; cy: number; box: Box }[];
  /** Label sets per layout: the map is one drawing, its labels are sized for each display width. */
  labels: Record<LayoutName, Label[]>;
}

export const MAP_WIDTH = 700;
/**
 * Points whose triangle with their neighbours is smaller than this (in px² at
 * MAP_WIDTH) are dropped. Paths are then written in whole pixels, so finer
 * detail would not show anyway.
 */
export const MAP_MIN_AREA = 3;

/**
 * Each feature projected and clipped by d3-geo (so Russia and Fiji are cut at
 * the antimeridian before anything else), kept as planar rings in the order and
 * winding d3 emits them: every ring becomes its own polygon, and the SVG's
 * nonzero fill still punches holes (Lesotho in South Africa) as d3's paths do.
 */
function projectedRings(f: Feature<Geometry>, projection: GeoProjection): MultiPolygon {
  const rings: Position[][] = [];
  let ring: Position[] = [];
  const stream = projection.stream({
    point(x, y) {
      ring.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (ring.length > 2) rings.push([...ring, ring[0]]);
    },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  });
  geoStreamFeature(f, stream);
  return { type: 'MultiPolygon', coordinates: rings.map((r) => [r]) };
}

function geoStreamFeature(f: Feature<Geometry>, stream: ReturnType<GeoProjection['stream']>) {
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
  for (const polygon of polygons) {
    stream.polygonStart();
    for (const r of polygon) {
      stream.lineStart();
      // GeoJSON repeats the first point at the end; d3's stream does not want it.
      for (const [lon, lat] of r.slice(0, -1)) stream.point(lon, lat);
      stream.lineEnd();
    }
    stream.polygonEnd();
  }
}

/** A ring in whole pixels: repeated points (after rounding) dropped; null when it collapses. */
function roundRing(ring: Position[]): [number, number][] | null {
  const out: [number, number][] = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out.length >= 3 ? out : null;
}

/** SVG numbers without separators where a minus sign already separates them. */
function numbers(values: number[]): string {
  let s = '';
  for (const v of values) s += s === '' || v < 0 ? `${v}` : ` ${v}`;
  return s;
}

/**
 * Path data in whole pixels as relative moves: an absolute M for the first
 * ring, then relative m/l, so most numbers are one or two digits.
 */
export function relativePath(rings: [number, number][][]): string {
  let d = '';
  let at: [number, number] | null = null;
  for (const ring of rings) {
    const [x0, y0] = ring[0];
    d += at ? `m${numbers([x0 - at[0], y0 - at[1]])}` : `M${numbers([x0, y0])}`;
    const steps: number[] = [];
    for (let k = 1; k < ring.length; k++) steps.push(ring[k][0] - ring[k - 1][0], ring[k][1] - ring[k - 1][1]);
    d += `l${numbers(steps)}z`;
    at = [x0, y0];
  }
  return d;
}

/**
 * Path data of every feature, simplified as one topology after projection and
 * clipping, so a border two countries share is simplified once and stays shared
 * (no slivers or overlaps between neighbours). A ring that simplification or
 * rounding would erase (a small island) keeps its unsimplified points instead.
 */
function simplifiedPaths(features: Feature<Geometry>[], projection: GeoProjection): string[] {
  const objects = Object.fromEntries(features.map((f, k) => [`f${k}`, projectedRings(f, projection)]));
  const full = presimplify(toTopology(objects) as unknown as Parameters<typeof presimplify>[0]);
  const simple = simplify(full, MAP_MIN_AREA);
  return features.map((_, k) => {
    const ringsOf = (t: typeof full) => (feature(t, t.objects[`f${k}`]) as Feature<MultiPolygon>).geometry.coordinates.map((p) => p[0]);
    const simpleRings = ringsOf(simple);
    const fullRings = ringsOf(full);
    const rings = simpleRings.map((r, i) => roundRing(r) ?? roundRing(fullRings[i])).filter((r): r is [number, number][] => r !== null);
    return relativePath(rings);
  });
}

/** The largest polygon of a feature: where its label belongs (not Alaska's or Hawaii's centroid). */
function mainPolygon(f: Feature<Geometry>): Feature<Polygon> {
  if (f.geometry.type !== 'MultiPolygon') return f as Feature<Polygon>;
  const polys = (f.geometry as MultiPolygon).coordinates.map((coordinates) => ({
    type: 'Feature' as const,
    properties: {},
    geometry: { type: 'Polygon' as const, coordinates },
  }));
  return polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

/** Size of map labels (viewBox units) at a layout: 14 px on screen whatever the display width. */
const labelSize = (layoutWidth: number) => (14 * MAP_WIDTH) / layoutWidth;

/**
 * The band above the drawing where a label that does not fit on its own state
 * sits, with a leader down to it: there a label covers no other state and no
 * sea. Tall enough for the phone layout's text.
 */
export const LABEL_BAND = Math.ceil(Math.max(...LAYOUTS.map((l) => labelSize(l.width) * 1.05)) + 6);

type Ring = [number, number][];

/** Even-odd: inside an odd number of a feature's rings (so Lesotho stays a hole in South Africa). */
export function inRings(rings: Ring[], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Points on a grid over a box, edges included, at most `step` apart. */
export function boxSamples(b: Box, step: number): [number, number][] {
  const nx = Math.max(1, Math.ceil(b.w / step));
  const ny = Math.max(1, Math.ceil(b.h / step));
  const out: [number, number][] = [];
  for (let i = 0; i <= nx; i++) for (let j = 0; j <= ny; j++) out.push([b.x + (b.w * i) / nx, b.y + (b.h * j) / ny]);
  return out;
}

function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

export function membershipMap(input: MapInput): MapGeometry {
  const topo = input.topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  const drawn = all.filter((f) => !input.omit.includes(f.properties.name));
  const width = MAP_WIDTH;
  const projection = geoEqualEarth().fitWidth(width - 4, { type: 'FeatureCollection', features: drawn });
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds({ type: 'FeatureCollection', features: drawn });
  projection.translate([projection.translate()[0] + 2, projection.translate()[1] - y0 + 2 + LABEL_BAND]);
  const height = Math.ceil(y1 - y0 + 4) + LABEL_BAND;
  const frame = { x: 0, y: LABEL_BAND, w: width, h: height - LABEL_BAND };

  const pathData = new Map(
    input.exact ? drawn.map((f) => [f, path(f) ?? '']) : simplifiedPaths(drawn, projection).map((d, k) => [drawn[k], d]),
  );
  const byNumeric = new Map<string, Feature<Geometry, { name: string }>>();
  for (const f of drawn) if (f.id !== undefined) byNumeric.set(String(f.id), f);
  const used = new Set<Feature>();
  const countries: MapCountry[] = [];
  const undrawn: MapGeometry['undrawn'] = [];
  for (const m of input.members) {
    const numeric = input.toNumeric(m.iso3);
    const f = numeric ? byNumeric.get(numeric) : undefined;
    if (!f) {
      undrawn.push({ iso3: m.iso3, name: m.name });
      continue;
    }
    used.add(f);
    countries.push({ iso3: m.iso3, name: m.name, d: pathData.get(f) ?? '', statuses: m.statuses });
  }
  countries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const dots: MapGeometry['dots'] = [];
  if (input.small) {
    const st = input.small as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fine = (feature(st, st.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
    for (const u of undrawn) {
      const numeric = input.toNumeric(u.iso3);
      const f = fine.find((x) => numeric !== undefined && String(x.id) === numeric);
      if (!f) continue;
      const [x, y] = path.centroid(mainPolygon(f));
      const m = input.members.find((mm) => mm.iso3 === u.iso3)!;
      dots.push({ iso3: u.iso3, name: u.name, d: '', statuses: m.statuses, x: Math.round(x * 2) / 2, y: Math.round(y * 2) / 2 });
    }
  }
  const territories = drawn
    .filter((f) => !used.has(f))
    .map((f) => ({ name: f.properties.name, d: pathData.get(f) ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  // Each labelled state's outline as d3 draws it (unsimplified): labels go on its land or in the band.
  const shapes = input.labelled.map(({ iso3 }) => {
    const numeric = input.toNumeric(iso3);
    const f = numeric ? byNumeric.get(numeric) : undefined;
    if (!f) throw new Error(`membership-map: no feature to label for ${iso3}`);
    const main = mainPolygon(f);
    const [[x0, y0], [x1, y1]] = path.bounds(main);
    const rings = projectedRings(f, projection).coordinates.map((p) => p[0] as Ring);
    let [cx, cy] = path.centroid(main);
    // A leader starts on the state's land: the centroid, or the land point of its box nearest to it.
    if (!inRings(rings, cx, cy)) {
      const land = boxSamples({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, 0.5).filter(([x, y]) => inRings(rings, x, y));
      [cx, cy] = land.reduce((a, b) => (Math.hypot(b[0] - cx, b[1] - cy) < Math.hypot(a[0] - cx, a[1] - cy) ? b : a));
    }
    return { iso3, cx, cy, rings, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } };
  });
  const labels = {} as Record<LayoutName, Label[]>;
  for (const layout of LAYOUTS) {
    const size = labelSize(layout.width);
    const boxes: Box[] = [];
    const leaders: Segment[] = [];
    labels[layout.name] = input.labelled.flatMap(({ text, layouts }, i) => {
      if (layouts && !layouts.includes(layout.name)) return [];
      const { cx, cy, rings, box } = shapes[i];
      const at = (x: number, top: number): Label => ({ x, y: top + 0.8 * size, lines: [text], anchor: 'middle', size, cls: 'map-label' });
      // Two names in the band keep at least a space apart (about 8 px on screen at every layout).
      const free = (b: Box) => !boxes.some((o) => overlaps(b, o, size * 0.6)) && !leaders.some((s) => crosses(s, b, 2));
      // On its own land, if the whole label (and its halo) fits there: nearest the centroid wins.
      const w = labelBox(at(0, 0)).w;
      const h = labelBox(at(0, 0)).h;
      let best: { label: Label; d: number } | null = null;
      const step = size * 0.25;
      for (let x = box.x + w / 2; x <= box.x + box.w - w / 2; x += step) {
        for (let top = box.y; top + h <= box.y + box.h; top += step) {
          const label = at(x, top);
          const b = labelBox(label);
          const d = Math.hypot(x - cx, top + h / 2 - cy);
          if (best && d >= best.d) continue;
          const halo = { x: b.x - 1.5, y: b.y - 1.5, w: b.w + 3, h: b.h + 3 };
          if (free(b) && boxSamples(halo, 2).every(([px, py]) => inRings(rings, px, py))) best = { label, d };
        }
      }
      if (best) {
        boxes.push(labelBox(best.label));
        return best.label;
      }
      // Otherwise in the band above the map, as near above the state as other labels allow, with a leader down to it.
      const top = LABEL_BAND - 3 - h;
      const centre = Math.min(Math.max(cx, w / 2 + 1), width - w / 2 - 1);
      for (let k = 0; k < 2 * width; k++) {
        const x = centre + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 2;
        if (x - w / 2 < 1 || x + w / 2 > width - 1) continue;
        const label = at(x, top);
        const b = labelBox(label);
        const ex = Math.min(Math.max(cx, b.x + 2), b.x + b.w - 2);
        const leader = { x1: cx, y1: cy, x2: ex, y2: b.y + b.h + 1 };
        if (!free(b) || boxes.some((o) => crosses(leader, o, 2)) || leaders.some((s) => segmentsCross(s, leader))) continue;
        boxes.push(b);
        leaders.push(leader);
        return { ...label, leader };
      }
      throw new Error(`membership-map: no room for the ${text} label at layout ${layout.name}`);
    });
  }
  let inset: Box | null = null;
  if (input.inset?.length) {
    const boxes = input.inset.map((iso3) => {
      const f = byNumeric.get(input.toNumeric(iso3) ?? '');
      if (!f) throw new Error(`membership-map: no feature for the inset state ${iso3}`);
      return path.bounds(mainPolygon(f));
    });
    const x0 = Math.min(...boxes.map((b) => b[0][0])) - 2;
    const y0 = Math.min(...boxes.map((b) => b[0][1])) - 2;
    const x1 = Math.max(...boxes.map((b) => b[1][0])) + 2;
    const y1 = Math.max(...boxes.map((b) => b[1][1])) + 2;
    // Widen the shorter side to 4:3 around the centre, so the inset has one shape at every width.
    const w = Math.max(x1 - x0, ((y1 - y0) * 4) / 3);
    const h = (w * 3) / 4;
    inset = { x: Math.round((x0 + x1 - w) / 2), y: Math.round((y0 + y1 - h) / 2), w: Math.round(w), h: Math.round(h) };
  }
  return {
    width,
    height,
    frame,
    countries,
    territories,
    undrawn,
    dots,
    inset,
    labelShapes: shapes.map(({ iso3, cx, cy, box }) => ({ iso3, cx, cy, box })),
    omitted: input.omit,
    labels,
  };
}
