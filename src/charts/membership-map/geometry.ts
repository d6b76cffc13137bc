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
import { labelBox, placeFirst, type Box, type Candidate, type Label, type Segment } from '../kit/text';

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
  /** Labelled states; `toward` is the preferred direction (screen x, y) for a label that does not fit inside. */
  labelled: { iso3: string; text: string; toward?: [number, number]; layouts?: LayoutName[] }[];
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

/** The most of a labelled state's box a label may cover, as a share of the label's own box. */
export const LABEL_COVER_MAX = 0.1;

/** Share of box a (a label) that lies over box b. */
export function coverShare(a: Box, b: Box): number {
  const w = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const h = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  return (w * h) / (a.w * a.h);
}

export function membershipMap(input: MapInput): MapGeometry {
  const topo = input.topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
  const drawn = all.filter((f) => !input.omit.includes(f.properties.name));
  const width = MAP_WIDTH;
  const projection = geoEqualEarth().fitWidth(width - 4, { type: 'FeatureCollection', features: drawn });
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds({ type: 'FeatureCollection', features: drawn });
  projection.translate([projection.translate()[0] + 2, projection.translate()[1] - y0 + 2]);
  const height = Math.ceil(y1 - y0 + 4);

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

  // Every labelled state's main shape: no label may cover one (its own or another's) by more than a sliver.
  const shapes = input.labelled.map(({ iso3 }) => {
    const numeric = input.toNumeric(iso3);
    const f = numeric ? byNumeric.get(numeric) : undefined;
    if (!f) throw new Error(`membership-map: no feature to label for ${iso3}`);
    const [[x0, y0], [x1, y1]] = path.bounds(mainPolygon(f));
    const [cx, cy] = path.centroid(mainPolygon(f));
    return { iso3, cx, cy, box: { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } };
  });
  const labels = {} as Record<LayoutName, Label[]>;
  for (const layout of LAYOUTS) {
    const size = (14 * width) / layout.width;
    const obstacles: Box[] = [];
    const leaders: Segment[] = [];
    const bounds = { x: 0, y: 0, w: width, h: height };
    labels[layout.name] = input.labelled.flatMap(({ text, toward = [0, 1], layouts }, i) => {
      if (layouts && !layouts.includes(layout.name)) return [];
      const { cx, cy, box } = shapes[i];
      const [tx, ty] = toward;
      const anchor = tx > 0.2 ? 'start' : tx < -0.2 ? 'end' : 'middle';
      // Beside the shape, never on it: start at the edge of its box in the direction asked for, then step out.
      const edgeX = tx > 0.2 ? box.x + box.w - cx : tx < -0.2 ? box.x - cx : 0;
      const edgeY = ty > 0.2 ? box.y + box.h - cy + size * 0.8 : ty < -0.2 ? box.y - cy - size * 0.25 : size * 0.35;
      const candidates: Candidate[] = [];
      for (let k = 0; k <= 12; k++) {
        const d = size * 0.3 + k * size * 0.4;
        candidates.push({ dx: edgeX + tx * d, dy: edgeY + ty * d, anchor });
      }
      for (let k = 0; k <= 8; k++) {
        const d = size * 0.3 + k * size * 0.6;
        candidates.push(
          { dx: box.x + box.w - cx + d, dy: size * 0.35, anchor: 'start' },
          { dx: box.x - cx - d, dy: size * 0.35, anchor: 'end' },
          { dx: 0, dy: box.y - cy - d - size * 0.25, anchor: 'middle' },
          { dx: 0, dy: box.y + box.h - cy + d + size * 0.8, anchor: 'middle' },
        );
      }
      const clear = candidates.filter((c) => {
        const b = labelBox({ x: cx + c.dx, y: cy + c.dy, lines: [text], anchor: c.anchor, size });
        return shapes.every((sh) => coverShare(b, sh.box) <= LABEL_COVER_MAX);
      });
      const label = placeFirst({ x: cx, y: cy }, [text], size, clear, obstacles, bounds, size * 0.3, leaders);
      if (!label) throw new Error(`membership-map: no room for the ${text} label at layout ${layout.name}`);
      label.cls = 'map-label';
      return label;
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
  return { width, height, countries, territories, undrawn, dots, inset, labelShapes: shapes, omitted: input.omit, labels };
}
