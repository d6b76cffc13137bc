/**
 * Treaty membership: parsing membership.csv, withdrawals.csv and counts_by_year.csv,
 * and deriving any state's status at any date. A state is a State Party from the
 * day its instrument was deposited (`joined`) until its withdrawal takes effect;
 * Ukraine's 2025 "suspension" has no effective date, so it changes nothing here.
 */
import { readCsv, DataError } from './csv';
import { fieldsOf, failAt, oneOf, optionalCount, optionalDate, requiredCount, requiredText } from './fields';

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

const splitSources = (text: string) => text.split(';').map((s) => s.trim()).filter(Boolean);

export function parseMembership(text: string, file = 'membership.csv'): Member[] {
  const records = readCsv(text, file, ['iso3', 'name', 'status', 'signed', 'joined', 'join_type', 'entry_into_force', 'source']);
  const seen = new Map<string, number>();
  return records.map(({ line, cells }) => {
    const f = fieldsOf(file, cells);
    const iso3 = cells.iso3.value.trim();
    if (!/^[A-Z]{3}$/.test(iso3)) failAt(f('iso3'), `"${iso3}" is not a three-letter ISO code`);
    if (seen.has(iso3)) failAt(f('iso3'), `duplicate iso3 "${iso3}" (first on line ${seen.get(iso3)})`);
    seen.set(iso3, line);
    const joinTypeText = cells.join_type.value.trim();
    const member: Member = {
      iso3,
      name: requiredText(f('name')),
      status2024: oneOf(f('status'), STATUSES_2024),
      signed: optionalDate(f('signed')),
      joined: optionalDate(f('joined')),
      joinType: joinTypeText === '' ? null : oneOf(f('join_type'), JOIN_TYPES),
      entryIntoForce: optionalDate(f('entry_into_force')),
      sources: splitSources(cells.source.value),
    };
    if (member.joined && !member.joinType) failAt(f('join_type'), 'a state with a joining date needs a join_type');
    if (member.status2024 === 'state_party' && !(member.joined && member.joined <= '2024-12-31')) {
      failAt(f('joined'), 'a state_party at 31 Dec 2024 needs a joining date on or before that day');
    }
    return member;
  });
}

export function parseWithdrawals(text: string, file = 'withdrawals.csv'): Withdrawal[] {
  const records = readCsv(text, file, ['country', 'iso3', 'announcement_date', 'notification_deposit_date', 'notification_type', 'effective_date', 'status_as_of_2026-02', 'sources']);
  return records.map(({ cells }) => {
    const f = fieldsOf(file, cells);
    const iso3 = cells.iso3.value.trim();
    if (!/^[A-Z]{3}$/.test(iso3)) failAt(f('iso3'), `"${iso3}" is not a three-letter ISO code`);
    const announced = optionalDate(f('announcement_date'));
    const deposited = optionalDate(f('notification_deposit_date'));
    if (!announced) failAt(f('announcement_date'), 'a date is required');
    if (!deposited) failAt(f('notification_deposit_date'), 'a date is required');
    const effective = optionalDate(f('effective_date'));
    if (effective && effective < deposited) failAt(f('effective_date'), 'takes effect before it was deposited');
    return {
      iso3,
      country: requiredText(f('country')),
      announced,
      deposited,
      domesticSteps: cells.domestic_steps?.value.trim() ?? '',
      notificationType: requiredText(f('notification_type')),
      effective,
      statusNote: requiredText(f('status_as_of_2026-02')),
      sources: splitSources(cells.sources.value),
    };
  });
}

export function parseCounts(text: string, file = 'counts_by_year.csv'): YearCount[] {
  const records = readCsv(text, file, ['year', 'states_parties', 'new_deposits_in_year', 'withdrawals_taking_effect_in_year', 'net_states_parties_31dec', 'published_cumulative_figure']);
  return records.map(({ cells }) => {
    const f = fieldsOf(file, cells);
    return {
      year: requiredCount(f('year')),
      statesParties: requiredCount(f('states_parties')),
      newDeposits: requiredCount(f('new_deposits_in_year')),
      withdrawalsTakingEffect: requiredCount(f('withdrawals_taking_effect_in_year')),
      net31Dec: requiredCount(f('net_states_parties_31dec')),
      published: optionalCount(f('published_cumulative_figure')),
    };
  });
}

/** Checks that every withdrawal names a state in membership.csv. */
export function joinMembership(members: Member[], withdrawals: Withdrawal[], file = 'withdrawals.csv'): Membership {
  const known = new Set(members.map((m) => m.iso3));
  withdrawals.forEach((w, k) => {
    if (!known.has(w.iso3)) throw new DataError(file, k + 2, 2, `iso3: "${w.iso3}" is not in membership.csv`);
  });
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
