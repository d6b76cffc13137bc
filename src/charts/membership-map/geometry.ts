/**
 * Geometry of the membership map: world-atlas 110m countries in Equal Earth,
 * each state coloured by its treaty status at a set of dates. Joining is by ISO
 * numeric code (world-atlas ids) from membership.csv's alpha-3 through a code
 * table passed in (i18n-iso-countries), never a hand-typed list. Features with
 * no state in membership.csv are drawn without a status and named; states with
 * no feature (too small at 110m) are listed.
 */
import { geoArea, geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LAYOUTS, type LayoutName } from '../kit/layout';
import { placeFirst, textWidth, type Box, type Candidate, type Label, type Segment } from '../kit/text';

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
  labelled: { iso3: string; text: string; toward?: [number, number] }[];
  /** Feature names left out of the drawing (e.g. Antarctica). */
  omit: string[];
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
  omitted: string[];
  /** Label sets per layout: the map is one drawing, its labels are sized for each display width. */
  labels: Record<LayoutName, Label[]>;
}

export const MAP_WIDTH = 700;

/** The largest polygon of a feature: where its label belongs (not Alaska's or Hawaii's centroid). */
function mainPolygon(f: Feature<Geometry>): Feature<Polygon> {
  if (f.geometry.type !== 'MultiPolygon') return f as Feature<Polygon>;
  const polys = (f.geometry as MultiPolygon).coordinates.map((coordinates) => ({ type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates } }));
  return polys.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
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
    countries.push({ iso3: m.iso3, name: m.name, d: path(f) ?? '', statuses: m.statuses });
  }
  countries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const territories = drawn
    .filter((f) => !used.has(f))
    .map((f) => ({ name: f.properties.name, d: path(f) ?? '' }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));

  const labels = {} as Record<LayoutName, Label[]>;
  for (const layout of LAYOUTS) {
    const size = (14 * width) / layout.width;
    const obstacles: Box[] = [];
    const leaders: Segment[] = [];
    const bounds = { x: 0, y: 0, w: width, h: height };
    labels[layout.name] = input.labelled.map(({ iso3, text, toward = [0, 1] }) => {
      const numeric = input.toNumeric(iso3);
      const f = numeric ? byNumeric.get(numeric) : undefined;
      if (!f) throw new Error(`membership-map: no feature to label for ${iso3}`);
      const [cx, cy] = path.centroid(mainPolygon(f));
      const [[bx0, by0], [bx1, by1]] = path.bounds(mainPolygon(f));
      // Big countries take the label inside; small ones get it beside them with a leader.
      const fitsInside = textWidth(text, size) < (bx1 - bx0) * 0.8 && size < (by1 - by0) * 0.5;
      const candidates: Candidate[] = fitsInside ? [{ dx: 0, dy: size * 0.35, anchor: 'middle' }] : [];
      const [tx, ty] = toward;
      const anchor = tx > 0.2 ? 'start' : tx < -0.2 ? 'end' : 'middle';
      // Baseline offset so the box, not the baseline, sits at the distance asked for.
      const lift = ty > 0.2 ? size * 0.8 : ty < -0.2 ? -size * 0.25 : size * 0.35;
      for (let k = 1; k <= 10; k++) {
        const d = k * size * 0.5;
        candidates.push({ dx: tx * d, dy: ty * d + lift, anchor });
      }
      for (let k = 1; k <= 6; k++) {
        const d = k * size * 0.9;
        candidates.push(
          { dx: 0, dy: d + size * 0.8, anchor: 'middle' },
          { dx: 0, dy: -d, anchor: 'middle' },
          { dx: d, dy: size * 0.35, anchor: 'start' },
          { dx: -d, dy: size * 0.35, anchor: 'end' },
        );
      }
      const label = placeFirst({ x: cx, y: cy }, [text], size, candidates, obstacles, bounds, size * 0.3, leaders);
      if (!label) throw new Error(`membership-map: no room for the ${text} label at layout ${layout.name}`);
      label.cls = 'map-label';
      return label;
    });
  }
  return { width, height, countries, territories, undrawn, omitted: input.omit, labels };
}
