/**
 * Treaty membership: parsing membership.csv, withdrawals.csv and counts_by_year.csv,
 * and deriving any state's status at any date. A state is a State Party from the
 * day its instrument was deposited (`joined`) until its withdrawal takes effect;
 * Ukraine's 2025 "suspension" has no effective date, so it changes nothing here.
 */
import { readCsv, DataError } from './csv';
import {
  consecutiveYears,
  failAt,
  fieldsOf,
  isoCode,
  NO_LIMITS,
  oneOf,
  optionalCount,
  optionalPastDate,
  plausibleYear,
  requiredCount,
  requiredText,
  type Limits,
  type Located,
} from './fields';
import { remember } from './origin';

/** The `status` column of membership.csv (end of 2024), not the status at a date (STATUSES_AT). */
export const STATUSES_2024 = ['state_party', 'signatory_not_ratified', 'not_party'] as const;
export type Status2024 = (typeof STATUSES_2024)[number];
export const JOIN_TYPES = ['ratification', 'accession', 'succession'] as const;

/** The status a state has at a given date, as the map and table show it. */
export const STATUSES_AT = ['state_party', 'signatory', 'withdrawn', 'not_party'] as const;
export type StatusAt = (typeof STATUSES_AT)[number];

export interface Member {
  iso3: string;
  name: string;
  status2024: Status2024;
  signed: string | null;
  joined: string | null;
  joinType: (typeof JOIN_TYPES)[number] | null;
  entryIntoForce: string | null;
  sources: string[];
}

export interface Withdrawal {
  iso3: string;
  country: string;
  announced: string;
  deposited: string;
  /** Free text as recorded (parliament votes, signatures); some dates in it are approximate. */
  domesticSteps: string;
  notificationType: string;
  /** null where the notification has no effect under Article 20 (Ukraine). */
  effective: string | null;
  statusNote: string;
  sources: string[];
}

export interface YearCount {
  year: number;
  statesParties: number;
  newDeposits: number;
  withdrawalsTakingEffect: number;
  net31Dec: number;
  published: number | null;
}

export interface Membership {
  members: Member[];
  withdrawals: Withdrawal[];
}

const splitSources = (text: string) =>
  text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

type Input = string | Uint8Array;

const OPENED = { date: '1997-12-03', why: 'the day the treaty opened for signature' };
const IN_FORCE = { date: '1999-03-01', why: 'the day the treaty entered into force' };

/**
 * Article 17: an instrument deposited by September 1998 took effect on 1 March 1999;
 * a later one on the first day of the sixth month after the month of deposit.
 */
export function article17EntryIntoForce(joined: string): string {
  if (joined <= '1998-09-30') return IN_FORCE.date;
  const [y, m] = joined.split('-').map(Number);
  const month = m + 6;
  const year = y + Math.floor((month - 1) / 12);
  return `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
}

/** The date six months after `date` (Article 20(3)), same day of the month. */
const sixMonthsAfter = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  const month = m + 6;
  return `${y + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

export function parseMembership(text: Input, file = 'membership.csv', limits: Limits = NO_LIMITS): Member[] {
  const records = readCsv(text, file, ['iso3', 'name', 'status', 'signed', 'joined', 'join_type', 'entry_into_force', 'source']);
  const seen = new Map<string, number>();
  return records.map(({ line, cells }) => {
    const f = fieldsOf(file, cells);
    const iso3 = isoCode(f('iso3'));
    if (seen.has(iso3)) failAt(f('iso3'), `duplicate iso3 "${iso3}" (first on line ${seen.get(iso3)})`);
    seen.set(iso3, line);
    const joinTypeText = cells.join_type.value.trim();
    const member: Member = {
      iso3,
      name: requiredText(f('name')),
      status2024: oneOf(f('status'), STATUSES_2024),
      signed: optionalPastDate(f('signed'), limits, OPENED),
      joined: optionalPastDate(f('joined'), limits, OPENED),
      joinType: joinTypeText === '' ? null : oneOf(f('join_type'), JOIN_TYPES),
      entryIntoForce: optionalPastDate(f('entry_into_force'), limits, IN_FORCE),
      sources: splitSources(cells.source.value),
    };
    if (member.joined && !member.joinType) failAt(f('join_type'), 'a state with a joining date needs a join_type');
    if (member.status2024 === 'state_party' && !(member.joined && member.joined <= '2024-12-31')) {
      failAt(f('joined'), 'a state_party at 31 Dec 2024 needs a joining date on or before that day');
    }
    if (member.joinType === 'ratification' && member.signed && member.joined && member.joined < member.signed) {
      failAt(f('joined'), `ratified on ${member.joined}, before signing on ${member.signed}`);
    }
    // A succession dates back to the predecessor state; every other date follows the rule.
    if (member.joined && member.entryIntoForce && member.joinType !== 'succession') {
      const expected = article17EntryIntoForce(member.joined);
      if (expected !== member.entryIntoForce) {
        failAt(
          f('joined'),
          `${member.joined} gives entry into force on ${expected} under Article 17, but entry_into_force says ${member.entryIntoForce}`,
        );
      }
    }
    return remember(member, file, line);
  });
}

/** The date withdrawals.csv says it is current to: the last day of the month in its `status_as_of_YYYY-MM` column. */
export function statedAsOf(text: Input, file = 'withdrawals.csv'): string {
  const header = (typeof text === 'string' ? text : new TextDecoder().decode(text)).split('\n')[0];
  const match = /status_as_of_(\d{4})-(\d{2})/.exec(header);
  if (!match) throw new DataError(file, 1, 1, 'header: no status_as_of_YYYY-MM column to say when the data were current');
  const [y, m] = [Number(match[1]), Number(match[2])];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${match[1]}-${match[2]}-${last}`;
}

/** Where each withdrawal's iso3 cell is, for the check against membership.csv. */
const isoCells = new WeakMap<Withdrawal, Located>();

export function parseWithdrawals(text: Input, file = 'withdrawals.csv', limits: Limits = NO_LIMITS): Withdrawal[] {
  const header = (typeof text === 'string' ? text : new TextDecoder().decode(text)).split('\n')[0];
  const statusColumn = /status_as_of_\d{4}-\d{2}/.exec(header)?.[0] ?? 'status_as_of_YYYY-MM';
  const records = readCsv(text, file, [
    'country',
    'iso3',
    'announcement_date',
    'notification_deposit_date',
    'notification_type',
    'effective_date',
    statusColumn,
    'sources',
  ]);
  const seen = new Map<string, number>();
  return records.map(({ line, cells }) => {
    const f = fieldsOf(file, cells);
    const iso3 = isoCode(f('iso3'));
    if (seen.has(iso3)) failAt(f('iso3'), `duplicate iso3 "${iso3}" (first on line ${seen.get(iso3)})`);
    seen.set(iso3, line);
    const announced = optionalPastDate(f('announcement_date'), limits, IN_FORCE);
    const deposited = optionalPastDate(f('notification_deposit_date'), limits, IN_FORCE);
    if (!announced) failAt(f('announcement_date'), 'a date is required');
    if (!deposited) failAt(f('notification_deposit_date'), 'a date is required');
    if (deposited < announced) failAt(f('notification_deposit_date'), `deposited on ${deposited}, before it was announced on ${announced}`);
    const effective = optionalPastDate(f('effective_date'), limits);
    if (effective && effective < deposited) failAt(f('effective_date'), 'takes effect before it was deposited');
    // Article 20(3): six months after the deposit at the earliest (later if at war).
    if (effective && effective < sixMonthsAfter(deposited)) {
      failAt(f('effective_date'), `${effective} is less than six months after the deposit on ${deposited} (Article 20(3))`);
    }
    const withdrawal: Withdrawal = {
      iso3,
      country: requiredText(f('country')),
      announced,
      deposited,
      domesticSteps: cells.domestic_steps?.value.trim() ?? '',
      notificationType: requiredText(f('notification_type')),
      effective,
      statusNote: requiredText(f(statusColumn)),
      sources: splitSources(cells.sources.value),
    };
    isoCells.set(withdrawal, f('iso3'));
    return remember(withdrawal, file, line);
  });
}

export function parseCounts(text: Input, file = 'counts_by_year.csv', limits: Limits = NO_LIMITS): YearCount[] {
  const records = readCsv(text, file, [
    'year',
    'states_parties',
    'new_deposits_in_year',
    'withdrawals_taking_effect_in_year',
    'net_states_parties_31dec',
    'published_cumulative_figure',
  ]);
  const years: { year: number; at: Located }[] = [];
  const rows = records.map(({ line, cells }) => {
    const f = fieldsOf(file, cells);
    const row = {
      year: plausibleYear(f('year'), limits),
      statesParties: requiredCount(f('states_parties')),
      newDeposits: requiredCount(f('new_deposits_in_year')),
      withdrawalsTakingEffect: requiredCount(f('withdrawals_taking_effect_in_year')),
      net31Dec: requiredCount(f('net_states_parties_31dec')),
      published: optionalCount(f('published_cumulative_figure')),
    };
    years.push({ year: row.year, at: f('year') });
    countCells.set(row, f('net_states_parties_31dec'));
    return remember(row, file, line);
  });
  consecutiveYears(years);
  return rows;
}

const countCells = new WeakMap<YearCount, Located>();

/**
 * counts_by_year.csv is derived from membership.csv: its net count at each
 * 31 December must be what the membership dates give, so a mistyped joining
 * or withdrawal date is caught here rather than drawn.
 */
export function checkCounts(data: Membership, counts: YearCount[]): void {
  for (const row of counts) {
    const derived = statesPartiesAtIn(data, `${row.year}-12-31`);
    const at = countCells.get(row);
    if (at && derived !== row.net31Dec) {
      failAt(
        at,
        `${row.net31Dec} States Parties at 31 Dec ${row.year}, but the dates in membership.csv and withdrawals.csv give ${derived}`,
      );
    }
  }
}

/** Checks that every withdrawal names a state in membership.csv. */
export function joinMembership(members: Member[], withdrawals: Withdrawal[], file = 'withdrawals.csv'): Membership {
  const known = new Set(members.map((m) => m.iso3));
  withdrawals.forEach((w, k) => {
    if (known.has(w.iso3)) return;
    const at = isoCells.get(w);
    if (at) failAt(at, `"${w.iso3}" is not in membership.csv`);
    throw new DataError(file, k + 2, 1, `iso3: "${w.iso3}" is not in membership.csv`);
  });
  const joined = new Map(members.map((m) => [m.iso3, m]));
  for (const w of withdrawals) {
    const member = joined.get(w.iso3)!;
    const at = isoCells.get(w);
    if (at && !member.joined) failAt(at, `${w.iso3} withdraws but membership.csv gives it no joining date`);
    if (at && member.joined && w.announced < member.joined)
      failAt(at, `${w.iso3} announced withdrawal on ${w.announced}, before it joined on ${member.joined}`);
  }
  return { members, withdrawals };
}

/** Status of one state at `date` (YYYY-MM-DD), derived from its dates only. */
export function statusOf(member: Member, withdrawals: Withdrawal[], date: string): StatusAt {
  const withdrawal = withdrawals.find((w) => w.iso3 === member.iso3 && w.effective !== null);
  if (withdrawal?.effective && withdrawal.effective <= date) return 'withdrawn';
  if (member.joined && member.joined <= date) return 'state_party';
  if (member.signed && member.signed <= date) return 'signatory';
  return 'not_party';
}

export function statusAtIn(data: Membership, iso3: string, date: string): StatusAt {
  const member = data.members.find((m) => m.iso3 === iso3);
  if (!member) throw new Error(`unknown state ${iso3}`);
  return statusOf(member, data.withdrawals, date);
}

export function statesPartiesAtIn(data: Membership, date: string): number {
  return data.members.filter((m) => statusOf(m, data.withdrawals, date) === 'state_party').length;
}

/** Every date on which the number of States Parties changed, with the count from that day. */
export function membershipSteps(data: Membership): { date: string; count: number }[] {
  const dates = new Set<string>();
  for (const m of data.members) if (m.joined) dates.add(m.joined);
  for (const w of data.withdrawals) if (w.effective) dates.add(w.effective);
  return [...dates].sort().map((date) => ({ date, count: statesPartiesAtIn(data, date) }));
}

/** States Parties at 31 December of each year in [from, to]. */
export function countsByYearIn(data: Membership, from: number, to: number): { year: number; count: number }[] {
  const out = [];
  for (let year = from; year <= to; year++) out.push({ year, count: statesPartiesAtIn(data, `${year}-12-31`) });
  return out;
}
