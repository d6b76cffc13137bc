/**
 * Every figure in src/facts.ts, derived a second time without src/data: the CSVs are
 * parsed here with d3's csvParse, and figures only an article gives are read from the
 * seed articles' committed fingerprints (tests/unit/seeds.ts; the texts are never committed).
 * A fact without a check below fails, so a new figure cannot slip in unverified.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse, type DSVRowString } from 'd3';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fact, factLabel, facts, formatDate, formatFact, type Fact } from '../../src/facts';
import { useTranslations } from '../../src/i18n';
import { inSeed } from './seeds';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const csv = (rel: string) => csvParse(read(`content/data/${rel}`));

// ---- seeds (through their committed fingerprints) --------------------------------

/** The words, checked to occur in the seed article word for word; returns them for parsing. */
function seedWords(file: string, words: string): string {
  if (!inSeed(file, words)) throw new Error(`seed ${file} does not contain "${words}"`);
  return words;
}

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The single number stated in a phrase: "1,600", "one million", "five-yearly". */
function numberIn(phrase: string): number {
  const digits = phrase.match(/\d[\d,]*(\.\d+)?/g);
  const words = phrase.toLowerCase().match(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/g);
  let n: number;
  if (digits && !words) {
    if (digits.length !== 1) throw new Error(`"${phrase}" states more than one number`);
    n = Number(digits[0].replace(/,/g, ''));
  } else if (words && !digits) {
    if (words.length !== 1) throw new Error(`"${phrase}" states more than one number`);
    n = WORDS[words[0]];
  } else throw new Error(`"${phrase}" states no single number`);
  if (/\bmillion\b/i.test(phrase)) n *= 1_000_000;
  return n;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "November 20, 2024" → 2024-11-20; "November 25-29, 2024" → first or last day. */
function dateIn(phrase: string, which: 'first' | 'last' = 'first'): string {
  const m = phrase.match(/^(\w+) (\d{1,2})(?:-(\d{1,2}))?, (\d{4})$/);
  if (!m) throw new Error(`"${phrase}" is not a US-style date`);
  const month = MONTHS.indexOf(m[1]) + 1;
  if (month === 0) throw new Error(`"${m[1]}" is not a month`);
  const d = which === 'last' && m[3] ? Number(m[3]) : Number(m[2]);
  return `${m[4]}-${pad(month)}-${pad(d)}`;
}

const seedNumber = (file: string, words: string) => numberIn(seedWords(file, words));
const seedDate = (file: string, words: string, which: 'first' | 'last' = 'first') => dateIn(seedWords(file, words), which);

// ---- data, parsed independently ---------------------------------------------------

const members = csv('membership/membership.csv');
const withdrawals = csv('membership/withdrawals.csv');
const counts = csv('membership/counts_by_year.csv');
const cambodia = csv('casualties/cambodia_casualties.csv');
const cumulative = csv('casualties/cambodia_cumulative.csv');
const statements = csv('casualties/cambodia_statements.csv');
const g2023 = csv('casualties/global_2023.csv');
const g2024 = csv('casualties/global_2024.csv');
const globalYears = csv('casualties/global_by_year.csv');

function one(rows: DSVRowString[], key: string, value: string): DSVRowString {
  const found = rows.filter((r) => r[key] === value);
  if (found.length !== 1) throw new Error(`expected one row with ${key}=${value}, found ${found.length}`);
  return found[0];
}
const num = (s: string | undefined) => {
  if (s === undefined || s.trim() === '') throw new Error('empty cell where a number was expected');
  return Number(s);
};
const text = (s: string | undefined) => {
  if (!s) throw new Error('empty cell where a date was expected');
  return s;
};

const effectiveDates = new Map(withdrawals.filter((w) => w.effective_date).map((w) => [w.iso3!, w.effective_date!]));
/** Deposited on or before `day` and not withdrawn by then. */
const partiesAt = (day: string) =>
  members.filter((r) => r.joined && r.joined <= day && !((effectiveDates.get(r.iso3!) ?? '9999') <= day)).length;
const lastDay = [...members.map((r) => r.joined), ...withdrawals.map((w) => w.effective_date)]
  .filter((d): d is string => !!d)
  .sort()
  .at(-1)!;
const countRow = (year: number) => one(counts, 'year', String(year));
const inParties2024 = members.filter((r) => r.joined && r.joined <= '2024-12-31');
const metric = (rows: DSVRowString[], key: string) => num(one(rows, 'metric', key).value);
const statement = (key: string) => num(one(statements, 'key', key).value);
const cambodiaTotal = (year: number) => num(one(cambodia, 'year', String(year)).total);
const cum2024 = one(cumulative, 'period', '1979-2024');
const documented = globalYears.filter((r) => r.casualties !== '').map((r) => ({ year: num(r.year), n: num(r.casualties) }));
const row = (iso3: string) => one(members, 'iso3', iso3);
const wd = (iso3: string) => one(withdrawals, 'iso3', iso3);

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The one value several rows share; a difference between them is an error. */
function shared(values: (string | undefined)[]): string {
  const set = new Set(values);
  if (set.size !== 1 || !values[0]) throw new Error(`rows disagree: ${[...set].join(', ')}`);
  return values[0];
}

// ---- one independent check per fact -------------------------------------------------

const checks: Record<string, () => number | string> = {
  // membership
  'states-parties-2024': () => {
    expect(num(countRow(2024).states_parties)).toBe(partiesAt('2024-12-31'));
    return partiesAt('2024-12-31');
  },
  'states-parties-summit': () => partiesAt('2024-11-25'),
  'states-parties-now': () => partiesAt(lastDay),
  'states-parties-end-2025': () => {
    expect(num(countRow(2025).net_states_parties_31dec)).toBe(partiesAt('2025-12-31'));
    return partiesAt('2025-12-31');
  },
  'states-ever-joined': () => members.filter((r) => r.joined && r.joined <= lastDay).length,
  'parties-at-entry-into-force': () => members.filter((r) => r.joined && r.joined <= '1999-03-01').length,
  'not-party-2024': () => members.filter((r) => r.status !== 'state_party').length,
  'withdrawals-effective': () => withdrawals.filter((w) => w.effective_date).length,
  'joins-2025': () => {
    expect(num(countRow(2025).new_deposits_in_year)).toBe(members.filter((r) => r.joined?.startsWith('2025-')).length);
    return members.filter((r) => r.joined?.startsWith('2025-')).length;
  },
  'signatories-total': () => members.filter((r) => r.signed).length,
  'ratifications-2024': () => inParties2024.filter((r) => r.join_type === 'ratification').length,
  'accessions-2024': () => inParties2024.filter((r) => r.join_type === 'accession').length,
  'successions-2024': () => inParties2024.filter((r) => r.join_type === 'succession').length,
  'signed-not-ratified-2024': () => members.filter((r) => r.status === 'signatory_not_ratified').length,
  'ottawa-signature': () =>
    members
      .map((r) => r.signed)
      .filter((d): d is string => !!d)
      .sort()[0],
  'entry-into-force': () =>
    members
      .map((r) => r.entry_into_force)
      .filter((d): d is string => !!d)
      .sort()[0],
  'reached-164': () => {
    // The day the count first reached its end-2024 total, found by walking the deposits in order.
    const target = partiesAt('2024-12-31');
    const days = [...new Set(members.map((r) => r.joined).filter((d): d is string => !!d))].sort();
    return days.find((d) => partiesAt(d) === target)!;
  },
  'ukraine-signed': () => text(row('UKR').signed),
  'ukraine-joined': () => text(row('UKR').joined),
  'ukraine-in-force': () => text(row('UKR').entry_into_force),
  'marshall-islands-joined': () => text(row('MHL').joined),
  'marshall-islands-in-force': () => text(row('MHL').entry_into_force),
  'tonga-joined': () => text(row('TON').joined),
  'tonga-in-force': () => text(row('TON').entry_into_force),
  'data-as-of': () => lastDay,
  // withdrawals
  'withdrawals-announced': () => shared(['EST', 'LVA', 'LTU', 'POL'].map((c) => wd(c).announcement_date)),
  'finland-announced': () => text(wd('FIN').announcement_date),
  'baltic-deposited': () => shared(['EST', 'LVA', 'LTU'].map((c) => wd(c).notification_deposit_date)),
  'finland-deposited': () => text(wd('FIN').notification_deposit_date),
  'poland-deposited': () => text(wd('POL').notification_deposit_date),
  'baltic-effective': () => shared(['EST', 'LVA', 'LTU'].map((c) => wd(c).effective_date)),
  'finland-effective': () => text(wd('FIN').effective_date),
  'poland-effective': () => text(wd('POL').effective_date),
  'ukraine-decree': () => text(wd('UKR').announcement_date),
  'ukraine-notification': () => {
    expect(wd('UKR').effective_date, 'Ukraine has no effective date').toBe('');
    return text(wd('UKR').notification_deposit_date);
  },
  'withdrawal-notice-months': () => {
    const done = withdrawals.filter((w) => w.effective_date);
    const n = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((k) =>
      done.every((w) => addMonths(w.notification_deposit_date!, k) === w.effective_date),
    );
    if (n === undefined) throw new Error('withdrawals do not share one notice period');
    return n;
  },
  // the articles
  'treaty-years-2024': () => {
    const n = seedNumber('001', 'In the 25 years since the Convention entered into force');
    expect(
      2024 -
        Number(
          members
            .map((r) => r.entry_into_force)
            .filter(Boolean)
            .sort()[0]!
            .slice(0, 4),
        ),
    ).toBe(n);
    return n;
  },
  protesters: () => seedNumber('001', 'More than 100 demonstrators'),
  'signatories-cited-by-un': () => seedNumber('002', "treaty's 164 signatories"),
  'ratified-per-wapo': () => seedNumber('004', '164 countries worldwide have ratified'),
  'wapo-sources': () => seedNumber('004', 'cites two sources'),
  'review-cycle-years': () => seedNumber('001', 'five-yearly meeting'),
  'decision-reported': () => seedDate('004', 'November 20, 2024'),
  'summit-opens': () => seedDate('003', 'November 25-29, 2024', 'first'),
  'summit-closes': () => seedDate('003', 'November 25-29, 2024', 'last'),
  'hi-statement-date': () => seedDate('003', 'December 2, 2024'),
  'afp-report': () => seedWords('001', 'date 2024-11-27').slice(5),
  'statement-released': () => {
    // "released late Tuesday" in a report dated 2024-11-27: the Tuesday before that date.
    seedWords('001', 'released late Tuesday');
    const report = new Date(`${seedWords('001', 'date 2024-11-27').slice(5)}T00:00:00Z`);
    do report.setUTCDate(report.getUTCDate() - 1);
    while (report.getUTCDay() !== 2);
    return report.toISOString().slice(0, 10);
  },
  // Cambodia
  'cambodia-killed-stated': () => {
    expect(seedNumber('002', 'killed approximately 20,000 people')).toBe(statement('killed_since_1979_approx'));
    return statement('killed_since_1979_approx');
  },
  'cambodia-injured-stated': () => {
    seedWords('002', 'injured twice as many');
    expect(statement('injured_since_1979_approx')).toBe(2 * statement('killed_since_1979_approx'));
    return statement('injured_since_1979_approx');
  },
  'cambodia-contaminated-km2': () => {
    expect(seedNumber('002', 'over 1,600 square kilometers')).toBe(statement('contaminated_land_remaining'));
    return statement('contaminated_land_remaining');
  },
  'cambodia-people-at-risk': () => {
    expect(seedNumber('002', 'over one million people')).toBe(statement('people_affected'));
    return statement('people_affected');
  },
  'cambodia-people-affected-pm': () => {
    const said = one(statements, 'key', 'people_affected');
    expect(said.statement).toContain('approximately 1 million people');
    expect(said.speaker_or_outlet).toBe('PM Hun Manet');
    return num(said.value);
  },
  'cambodia-provinces-mine-free': () => statement('provinces_mine_free'),
  'cambodia-provinces-total': () => {
    const said = one(statements, 'key', 'provinces_mine_free');
    expect(said.statement).toContain('of the 25 capital cities and provinces');
    expect(said.unit).toBe('of 25 capital/provinces');
    return 25;
  },
  'cambodia-1996-stated': () => statement('casualties_1996_vs_now'),
  'cambodia-killed-recorded': () => num(cum2024.killed),
  'cambodia-injured-recorded': () => num(cum2024.injured_incl_amputees),
  'cambodia-total-recorded': () => {
    expect(num(cum2024.killed) + num(cum2024.injured_incl_amputees)).toBe(num(cum2024.total));
    return num(cum2024.total);
  },
  'cambodia-1979-recorded': () => cambodiaTotal(1979),
  'cambodia-1996-recorded': () => cambodiaTotal(1996),
  'cambodia-2023': () => {
    expect(metric(g2023, 'country_Cambodia')).toBe(cambodiaTotal(2023));
    return cambodiaTotal(2023);
  },
  'cambodia-2024': () => {
    expect(metric(g2024, 'country_Cambodia_CMAA')).toBe(cambodiaTotal(2024));
    return cambodiaTotal(2024);
  },
  'cambodia-2024-killed': () => num(one(cambodia, 'year', '2024').killed),
  'cambodia-record-start': () => Math.min(...cambodia.map((r) => num(r.year))),
  'cambodia-record-end': () => Math.max(...cambodia.map((r) => num(r.year))),
  'cambodia-years-no-data': () => cambodia.filter((r) => r.total === '').length,
  // global
  'global-2023-total': () => {
    expect(num(one(globalYears, 'year', '2023').casualties)).toBe(metric(g2023, 'total_casualties_2023'));
    return metric(g2023, 'total_casualties_2023');
  },
  'global-2023-killed': () => metric(g2023, 'killed_2023'),
  'global-2023-injured': () => metric(g2023, 'injured_2023'),
  'global-2023-unknown': () => {
    const n = metric(g2023, 'unknown_survival_status_2023');
    expect(metric(g2023, 'killed_2023') + metric(g2023, 'injured_2023') + n).toBe(metric(g2023, 'total_casualties_2023'));
    return n;
  },
  'global-2023-civilian-pct': () => metric(g2023, 'civilian_share_pct'),
  'global-2023-children': () => metric(g2023, 'child_casualties'),
  'global-2023-change-pct': () => metric(g2023, 'change_vs_2022_pct'),
  'global-2022-total': () => num(one(globalYears, 'year', '2022').casualties),
  'global-2023-myanmar': () => metric(g2023, 'country_Myanmar'),
  'global-2023-syria': () => metric(g2023, 'country_Syria'),
  'global-2023-afghanistan': () => metric(g2023, 'country_Afghanistan'),
  'global-2023-ukraine': () => metric(g2023, 'country_Ukraine'),
  'global-2024-total': () => metric(g2024, 'total_casualties_2024'),
  'global-2024-killed': () => metric(g2024, 'killed_2024'),
  'global-2024-injured': () => metric(g2024, 'injured_2024'),
  'global-2024-civilian-pct': () => metric(g2024, 'civilian_share_pct'),
  'global-2024-myanmar': () => metric(g2024, 'country_Myanmar'),
  'global-peak': () => Math.max(...documented.map((r) => r.n)),
  'global-peak-year': () => documented.find((r) => r.n === Math.max(...documented.map((x) => x.n)))!.year,
  'global-low': () => Math.min(...documented.map((r) => r.n)),
  'global-low-year': () => documented.find((r) => r.n === Math.min(...documented.map((x) => x.n)))!.year,
};

// ---- the tests -------------------------------------------------------------------------

describe('every fact is checked independently', () => {
  it('has a check for every fact id and no check without a fact', () => {
    expect(Object.keys(checks).sort()).toEqual([...facts.keys()].sort());
  });

  for (const [id, f] of facts) {
    it(`${id} = ${String(f.value)}`, () => {
      const check = checks[id];
      if (!check) throw new Error(`fact "${id}" has no independent check in tests/unit/facts.test.ts`);
      expect(f.value).toBe(check());
    });
  }
});

const sourceKeys = new Set(
  [...(parseYaml(read('content/sources.yaml')) as { id: string }[]), ...(parseYaml(read('content/datasets.yaml')) as { id: string }[])].map(
    (s) => s.id,
  ),
);

describe('fact metadata', () => {
  for (const [id, f] of facts) {
    it(`${id}: cites known sources, a sound as-of date and its own seed words`, () => {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const key of f.sources) expect(sourceKeys, `${id} cites unknown source "${key}"`).toContain(key);
      expect(f.asOf).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
      if (f.unit === 'date') {
        expect(f.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(f.asOf).toBe(f.value);
      }
      if (f.seed) {
        const words = seedWords(f.seed.file, f.seed.words);
        // The seed's hedge must survive into the prose, and no hedge may be invented.
        const over = /\b(over|more than)\b/i.test(words);
        const approx = /\b(approximately|about|around|nearly)\b/i.test(words);
        expect(f.qualifier === 'more-than', `${id} hedge vs "${words}"`).toBe(over);
        expect(f.qualifier === 'approx', `${id} hedge vs "${words}"`).toBe(approx);
        const seedKeyOf: Record<string, string> = { '001': 'afp', '002': 'un-chief', '003': 'hi-statement', '004': 'conflictwatcher' };
        expect(f.sources, `${id} must cite the article its words come from`).toContain(seedKeyOf[f.seed.file]);
      }
    });
  }
});

describe('fact labels', () => {
  const labelKeys = Object.keys((parseYaml(read('content/strings/en.yaml')) as { fact: { label: object } }).fact.label);

  it('gives every fact the words of its popover from content/strings, and no words to a fact that does not exist', () => {
    for (const id of facts.keys()) expect(factLabel(fact(id)), id).toMatch(/^\S.*\w/);
    expect(labelKeys.sort()).toEqual([...facts.keys()].sort());
  });

  it('fills the years and totals a label names from the data, not from the words', () => {
    expect(factLabel(fact('cambodia-provinces-mine-free'))).toContain(`(of ${fact('cambodia-provinces-total').value})`);
    expect(factLabel(fact('global-peak'))).toContain(`(${fact('global-peak-year').value})`);
    expect(factLabel(fact('global-low'))).toContain(`(${fact('global-low-year').value})`);
    const [first, last] = [fact('cambodia-record-start').value, fact('cambodia-record-end').value];
    expect(factLabel(fact('cambodia-years-no-data'))).toBe(`Years between ${first} and ${last} with no yearly total found`);
  });
});

describe('formatFact', () => {
  const base = { id: 'x', asOf: '2024', sources: ['afp'] };
  const n = (value: number, unit: Exclude<Fact['unit'], 'date'>): Fact => ({ ...base, value, unit });

  it('groups thousands and adds units', () => {
    expect(formatFact(n(5757, 'people'))).toBe('5,757');
    expect(formatFact(n(84, 'percent'))).toBe('84%');
    expect(formatFact(n(1600, 'km2'))).toBe('1,600 km²');
  });

  it('does not group calendar years', () => {
    expect(formatFact(n(2016, 'years'))).toBe('2016');
  });

  it('spells out whole numbers below ten in prose, but not in tables or percentages', () => {
    expect(formatFact(n(2, 'count'))).toBe('two');
    expect(formatFact(n(5, 'years'))).toBe('five');
    expect(formatFact(n(10, 'count'))).toBe('10');
    expect(formatFact(n(2, 'count'), { prose: false })).toBe('2');
    expect(formatFact(n(6, 'percent'))).toBe('6%');
  });

  it('writes round millions of people as "1 million" in prose only', () => {
    expect(formatFact(n(1000000, 'people'))).toBe('1 million');
    expect(formatFact(n(1000000, 'people'), { prose: false })).toBe('1,000,000');
    expect(formatFact(n(1250000, 'people'))).toBe('1,250,000');
  });

  it("formats in the page's language when given its strings", () => {
    const fr = useTranslations('fr');
    expect(formatFact(n(5757, 'people'), { t: fr })).toBe('5\u202f757');
    expect(formatFact({ ...base, id: 'd', unit: 'date', value: '2025-12-27', asOf: '2025-12-27' }, { t: fr })).toBe('27 décembre 2025');
  });

  it('writes dates as day, month name and year', () => {
    expect(formatFact({ ...base, id: 'd', unit: 'date', value: '2025-12-27', asOf: '2025-12-27' })).toBe('27 December 2025');
    expect(formatDate('1999-03-01')).toBe('1 March 1999');
    expect(formatDate('2026-01-10')).toBe('10 January 2026');
  });
});
