/**
 * Geometry of Landmine Monitor's global casualty figures: the yearly series
 * 1999–2024 with gaps where no figure was found, and 2023 broken down by
 * outcome and by country (the ten countries with most casualties).
 */
import { scaleLinear } from 'd3-scale';
import { FONT, SMALL, around, growing } from '../kit/layout';
import { t as english, type Translate } from '../../i18n';

/** The chart's own strings in the language of `t`. */
const strings = (t: Translate) => (key: string, vars?: Record<string, string | number>) => t(`charts.global-casualties.${key}`, vars);
import { dataBoxes, gapLabels, gapRuns, niceMax, yearPanel, type SegmentKind, type YearPanel } from '../kit/bars';
import { labelBox, place, textWidth, wrap, type Box, type Label, type Segment } from '../kit/text';
import { fromRow } from '../../data/origin';

export interface GlobalInput {
  years: { year: number; casualties: number | null }[];
  latestYear: number;
  breakdown: { year: number; total: number; parts: { kind: SegmentKind; label: string; value: number }[]; note: string };
  countries: { country: string; casualties: number; rank: number }[];
}

export interface HBar {
  kind: SegmentKind;
  x: number;
  y: number;
  w: number;
  h: number;
  tip: string;
}

export interface GlobalGeometry {
  width: number;
  height: number;
  series: YearPanel;
  breakdown: { title: Label; bars: HBar[]; labels: Label[]; note: Label };
  countries: { title: Label; bars: HBar[]; names: Label[]; values: Label[] };
}

/** A label that must fit; when it cannot, the message names the data row it shows, if a loader read one. */
function must(label: Label | null, what: string, width: number, row?: object): Label {
  if (!label) throw new Error(`global-casualties: no room for ${what} at width ${width}${row ? fromRow(row) : ''}`);
  return label;
}

/** Every order of `items`, the given order first. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, k) => permutations([...items.slice(0, k), ...items.slice(k + 1)]).map((rest) => [item, ...rest]));
}

export function yearTip(d: { year: number; casualties: number | null }, latestYear: number, t: Translate = english): string {
  const s = strings(t);
  const num = t.format.num;
  if (d.casualties === null) return s('tip-gap', { year: d.year });
  return s(d.year === latestYear ? 'tip-latest' : 'tip', { year: d.year, count: num(d.casualties) });
}

/** `t`: the language of its words and numbers (the input's names and labels come already in it). */
export function globalCasualties(input: GlobalInput, width: number, t: Translate = english): GlobalGeometry {
  // The English arrangement of the labels first, in a taller drawing if need be; only where none
  // fits does the search for another arrangement run (it measures every label again and again).
  try {
    return growing((grow) => draw(input, width, t, grow, false));
  } catch (e) {
    if (!/\bno room for\b/.test(String(e))) throw e;
    return growing((grow) => draw(input, width, t, grow, true));
  }
}

/**
 * `grow`: extra height for the yearly panel and rows for the labels under the outcome bar, where a translation needs them;
 * `search`: try other arrangements of the yearly panel's labels.
 */
function draw(input: GlobalInput, width: number, t: Translate, grow: number, search: boolean): GlobalGeometry {
  const s = strings(t);
  const num = t.format.num;
  const narrow = width < 420;
  const left = textWidth(num(10000), SMALL) + 10;
  const right = 8;
  const plotW = width - left - right;
  const years = input.years;
  const first = years[0];
  const last = years.at(-1)!;

  // 1. The yearly series.
  const seriesH = (narrow ? 280 : 300) + grow;
  const documented = years.filter((d) => d.casualties !== null) as { year: number; casualties: number }[];
  const max = Math.max(...documented.map((d) => d.casualties));
  const series = yearPanel(
    years.map((d) => ({
      year: d.year,
      parts: d.casualties === null ? [] : [{ kind: d.year === input.latestYear ? 'latest' : 'sum', value: d.casualties }],
      tip: yearTip(d, input.latestYear, t),
    })),
    { x: left, y: 0, w: plotW, h: seriesH },
    wrap(s('panel-years', { from: first.year, to: last.year }), FONT, width * 0.92),
    niceMax(max * 1.12, 2000),
    2000,
    narrow ? [2000, 2010, 2020] : [2000, 2004, 2008, 2012, 2016, 2020, 2024],
    num,
    // A taller drawing is room for labels above the bars, which keep their English height.
    grow,
  );
  const bounds: Box = { x: series.x, y: series.y - 6, w: series.w, h: series.h + 6 };
  const runs = gapRuns(series.gaps);
  const rowOf = (year: number) => input.years.find((y) => y.year === year);
  const peak = documented.reduce((a, b) => (b.casualties > a.casualties ? b : a));
  const low = documented.reduce((a, b) => (b.casualties < a.casualties ? b : a));
  const latest = documented.find((d) => d.year === input.latestYear)!;
  const earliest = documented[0];
  // The colon is the language's own (French "2023 : 6 279", with its no-break space).
  const value = (d: typeof peak) => `${d.year}${t('l10n.colon')} ${num(d.casualties)}`;
  // Latest, peak and low are always labelled; the first year only where it fits.
  const callouts: [typeof peak, string[]][] = [
    // "latest" stacks under the value where a translation is wider than the value itself.
    [latest, [value(latest), ...wrap(s('latest'), SMALL, textWidth(value(latest), SMALL))]],
    ...[peak, low]
      .filter((d, k, all) => d.year !== latest.year && all.indexOf(d) === k)
      .map((d) => [d, [value(d)]] as [typeof peak, string[]]),
  ];

  /**
   * Every label, placed one after another in `order` (gap labels at -1, else an index into
   * callouts); `form`: the first form of the gap labels to try (see gapLabels).
   */
  const labelled = (order: number[], form: number): Label[] => {
    const obstacles = dataBoxes(series);
    const leaders: Segment[] = [];
    const callout = (d: typeof peak, lines: string[], required: boolean): Label[] => {
      const bar = series.bars.find((b) => b.year === d.year)!;
      const at = { x: bar.x + bar.w / 2, y: bar.segments[0].y };
      const candidates = [
        { dx: 0, dy: -5 - SMALL * 0.25 - SMALL * 1.2 * (lines.length - 1), anchor: 'middle' as const },
        // Rows further up reach the room a taller drawing adds above the bars.
        ...around(SMALL, 5, 8 + Math.ceil(grow / (SMALL * 1.25)), [0, 10, 20, 40]),
      ];
      const placed = place(at, lines, SMALL, candidates, obstacles, bounds, 2, leaders);
      if (!placed && !required) return [];
      const label = must(placed, `${d.year} value`, width, d);
      label.cls = d.year === latest.year ? 'em' : 'val';
      return [label];
    };
    const placed = new Map<number, Label[]>();
    for (const k of order) {
      placed.set(
        k,
        k < 0
          ? gapLabels(series, obstacles, leaders, t('no-data'), t('no-data-short'), form).map((l, g) =>
              must(l, `gap label ${runs[g][0].year}`, width, rowOf(runs[g][0].year)),
            )
          : callout(...callouts[k], true),
      );
    }
    const first = callouts.some(([d]) => d.year === earliest.year) ? [] : callout(earliest, [value(earliest)], false);
    return [...callouts.flatMap((_, k) => placed.get(k)!), ...first, ...placed.get(-1)!];
  };
  // Gap labels first, then latest, peak and low: the English layout. Where a longer translation
  // leaves one of them no room, another order, or gap words stacked or abbreviated from the
  // start, often finds room for all before the drawing grows.
  const orders = permutations([-1, ...callouts.map((_, k) => k)]);
  const tries = search ? [0, 1, 2].flatMap((form) => orders.map((order) => ({ order, form }))) : [{ order: orders[0], form: 0 }];
  let failure: unknown;
  const labels = tries.reduce<Label[] | null>((found, { order, form }) => {
    if (found) return found;
    try {
      return labelled(order, form);
    } catch (e) {
      failure ??= e;
      return null;
    }
  }, null);
  if (!labels) throw failure;
  series.labels = labels;
  const { scales: _scales, ...seriesPanel } = series;

  // 2. One year by outcome: a single stacked horizontal bar with direct labels.
  let y = seriesH + 24;
  const bdTitle: Label = {
    x: 0,
    y: y + FONT,
    lines: wrap(s('panel-outcome', { year: input.breakdown.year, count: num(input.breakdown.total) }), FONT, width * 0.92),
    anchor: 'start',
    size: FONT,
    cls: 'panel-title',
  };
  y += FONT * 1.2 * bdTitle.lines.length + 10;
  const bx = scaleLinear()
    .domain([0, input.breakdown.total])
    .range([0, width - right]);
  const barH = 26;
  let acc = 0;
  const bdBars: HBar[] = input.breakdown.parts.map((p) => {
    const bar = {
      kind: p.kind,
      x: bx(acc),
      y,
      w: bx(acc + p.value) - bx(acc),
      h: barH,
      tip: s('tip-part', { year: input.breakdown.year, count: num(p.value), part: p.label }),
    };
    acc += p.value;
    return bar;
  });
  // Labels under their segment: start-aligned for the first, end-aligned for the last, centred between.
  const bdObstacles: Box[] = bdBars.map((b) => ({ x: b.x, y: b.y, w: b.w, h: b.h }));
  const bdLeaders: Segment[] = [];
  const rowsBelow = 3 + grow / 40;
  const bdBounds: Box = { x: 0, y: y + barH + 2, w: width, h: SMALL * 1.25 * (rowsBelow + 1) + 6 };
  const bdLabels = input.breakdown.parts.map((p, k) => {
    const b = bdBars[k];
    const lines = [s('part', { count: num(p.value), part: p.label })];
    const anchorX = k === 0 ? b.x : k === bdBars.length - 1 ? b.x + b.w : b.x + b.w / 2;
    const anchor = k === 0 ? 'start' : k === bdBars.length - 1 ? 'end' : 'middle';
    const candidates = Array.from({ length: rowsBelow }, (_, row) =>
      [0, 10, 30, 60, 100].flatMap((dx) => [
        { dx: anchor === 'end' ? -dx : dx, dy: 6 + SMALL * 0.8 + row * SMALL * 1.3, anchor: anchor as 'start' | 'middle' | 'end' },
        { dx: anchor === 'end' ? dx : -dx, dy: 6 + SMALL * 0.8 + row * SMALL * 1.3, anchor: anchor as 'start' | 'middle' | 'end' },
      ]),
    ).flat();
    const label = must(
      place({ x: anchorX, y: b.y + b.h }, lines, SMALL, candidates, bdObstacles, bdBounds, 4, bdLeaders),
      `${p.label} label`,
      width,
    );
    return label;
  });
  const labelsBottom = Math.max(...bdLabels.map((l) => labelBox(l).y + labelBox(l).h));
  const note: Label = { x: 0, y: labelsBottom + 8 + SMALL, lines: wrap(input.breakdown.note, SMALL, width), anchor: 'start', size: SMALL };
  y = labelBox(note).y + labelBox(note).h + 24;

  // 3. The ten countries with most casualties in that year.
  const ctTitle: Label = {
    x: 0,
    y: y + FONT,
    lines: wrap(s('panel-countries', { count: input.countries.length, year: input.breakdown.year }), FONT, width * 0.92),
    anchor: 'start',
    size: FONT,
    cls: 'panel-title',
  };
  y += FONT * 1.2 * ctTitle.lines.length + 8;
  const nameW = Math.max(...input.countries.map((c) => textWidth(c.country, SMALL))) + 8;
  // The widest value: four digits in the locale's grouping ("0,000", "0 000").
  const valueW = textWidth(num(1000).replace(/\d/g, '0'), SMALL) + 6;
  const cx = scaleLinear()
    .domain([0, Math.max(...input.countries.map((c) => c.casualties))])
    .range([nameW, width - right - valueW]);
  const rowH = SMALL * 1.75;
  const ctBars: HBar[] = [];
  const names: Label[] = [];
  const values: Label[] = [];
  input.countries.forEach((c, k) => {
    const top = y + k * rowH;
    ctBars.push({
      kind: 'sum',
      x: nameW,
      y: top + 3,
      w: cx(c.casualties) - nameW,
      h: rowH - 6,
      tip: s('tip-country', { country: c.country, count: num(c.casualties), year: input.breakdown.year, rank: c.rank }),
    });
    names.push({ x: nameW - 6, y: top + rowH / 2 + SMALL * 0.35, lines: [c.country], anchor: 'end', size: SMALL });
    values.push({
      x: cx(c.casualties) + 4,
      y: top + rowH / 2 + SMALL * 0.35,
      lines: [num(c.casualties)],
      anchor: 'start',
      size: SMALL,
      cls: 'val',
    });
  });
  y += input.countries.length * rowH;

  return {
    width,
    height: y + 4,
    series: seriesPanel,
    breakdown: { title: bdTitle, bars: bdBars, labels: bdLabels, note },
    countries: { title: ctTitle, bars: ctBars, names, values },
  };
}
