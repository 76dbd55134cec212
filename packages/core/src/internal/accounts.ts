import {
  type Account,
  EVIDENCE_GRADES,
  type Evidence,
  type EvidenceGrade,
  type LocalizedText,
  type StatementKind,
} from "@accordkg/data";
import type { Statement } from "../types";
import type { AddedSlots } from "./extendIndex";
import type { GraphIndex } from "./graphIndex";
import { row } from "./rows";

/**
 * One account of a commitment or claim, as the queries hand it out: who gives it, where, how they
 * frame the matter, in which words, and whom of the record's parties it speaks for.
 */
export interface StatementAccount {
  /** The account's id; for the record's own account, the record's id. */
  readonly id: string;
  /** The id of the commitment or claim this is an account of. */
  readonly of: string;
  /** True for the record's own account: its `statedBy`, `statedAt` and `evidence`. */
  readonly primary: boolean;
  /** How this account frames the matter (`agreement`, `discussion`, …). */
  readonly kind: StatementKind;
  /** True if `kind` is the record's own kind: only such accounts attest the record and count for its grade. */
  readonly attests: boolean;
  /** Who gives this account: the speakers, not the outlet. */
  readonly statedBy: readonly string[];
  /** The event at which they said so, if the data names one. */
  readonly statedAt?: string;
  /** What this account says (for the record's own account, the record's summary). */
  readonly summary: LocalizedText;
  /** The exact words of this account. */
  readonly evidence: readonly Evidence[];
  /** The ids of the sources its evidence points into, in order of first use. */
  readonly sources: readonly string[];
  /**
   * The record's parties this account speaks for, in the record's order: a party does when one
   * of the speakers is that party, represents it, or is represented by it.
   */
  readonly speaksFor: readonly string[];
  /**
   * True if all the record's parties (two or more) issued this account together: its speakers
   * speak for every party, and one of its sources was issued by (`issuedBy`) every party too.
   */
  readonly joint: boolean;
}

/** `EVIDENCE_GRADES` positions: 0 is the best grade. */
export const GRADE_RANK: Readonly<Record<EvidenceGrade, number>> = Object.freeze({
  joint: 0,
  concordant: 1,
  "one-sided": 2,
  reported: 3,
});

/** True if actor ordinal `a` is `party` or stands for it (one hop of `represents`). */
function standsFor(index: GraphIndex, party: number, a: number): boolean {
  if (party === a) return true;
  const members = row(index.equivalents, party);
  for (let i = 0; i < members.length; i++) if (members[i] === a) return true;
  return false;
}

/** The actor ordinals of `ids`, skipping ids the index does not know (an edited graph). */
function actorOrdinalsOf(index: GraphIndex, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const a = index.actorOrdinal.get(id);
    if (a !== undefined) out.push(a);
  }
  return out;
}

/** For each of `parties` (ordinals), whether one of `speakers` (ids) stands for it. */
function coverage(index: GraphIndex, speakers: readonly string[], parties: readonly number[]) {
  const covered = new Array<boolean>(parties.length).fill(false);
  for (const id of speakers) {
    const a = index.actorOrdinal.get(id);
    if (a === undefined) continue;
    for (let p = 0; p < parties.length; p++)
      if (!covered[p] && standsFor(index, parties[p] as number, a)) covered[p] = true;
  }
  return covered;
}

// Source ordinal → the actors that issued it (ordinals), for the sources that name any.
const issuersCache = new WeakMap<GraphIndex, Map<number, readonly number[]>>();
function issuersOf(index: GraphIndex): ReadonlyMap<number, readonly number[]> {
  let issuers = issuersCache.get(index);
  if (issuers === undefined) {
    const map = new Map<number, readonly number[]>();
    index.sources.forEach((source, s) => {
      if (source.issuedBy !== undefined && source.issuedBy.length > 0)
        map.set(s, actorOrdinalsOf(index, source.issuedBy));
    });
    issuers = map;
    issuersCache.set(index, issuers);
  }
  return issuers;
}

/**
 * True if some source of `spans` was issued by actors standing for every one of `parties` (two
 * or more), and the speakers stand for every one of them too: a text they all issued together.
 */
function isJoint(
  index: GraphIndex,
  speakers: readonly string[],
  spans: readonly Evidence[],
  parties: readonly number[],
): boolean {
  if (parties.length < 2) return false;
  const issuers = issuersOf(index);
  if (issuers.size === 0) return false;
  if (!coverage(index, speakers, parties).every(Boolean)) return false;
  for (const span of spans) {
    const s = index.sourceOrdinal.get(span.source);
    const by = s === undefined ? undefined : issuers.get(s);
    if (by === undefined) continue;
    if (parties.every((party) => by.some((a) => standsFor(index, party, a)))) return true;
  }
  return false;
}

/** An account's who, how and which words, the same for a record's own account and the others. */
interface AccountParts {
  readonly kind: StatementKind;
  readonly statedBy: readonly string[];
  readonly evidence: readonly Evidence[];
}

/** The record's own account, then its other accounts in the general order. */
function partsOf(index: GraphIndex, s: number): AccountParts[] {
  const statement = index.statements[s] as Statement;
  const parts: AccountParts[] = [statement];
  const others = index.accountOrder.arrange(row(index.accountsOf, s));
  for (let i = 0; i < others.length; i++)
    parts.push(index.accounts[others[i] as number] as Account);
  return parts;
}

/**
 * The grade of statement `s` among `parties` (actor ordinals): `joint` if one attesting account
 * is a text they all issued together, `concordant` if each has an attesting account of its own,
 * `one-sided` if some have, `reported` if none has.
 */
export function gradeAmong(index: GraphIndex, s: number, parties: readonly number[]): number {
  const statement = index.statements[s] as Statement;
  if (parties.length === 0) return GRADE_RANK.reported;
  const covered = new Array<boolean>(parties.length).fill(false);
  for (const part of partsOf(index, s)) {
    if (part.kind !== statement.kind) continue;
    if (isJoint(index, part.statedBy, part.evidence, parties)) return GRADE_RANK.joint;
    const mine = coverage(index, part.statedBy, parties);
    for (let p = 0; p < parties.length; p++) if (mine[p]) covered[p] = true;
  }
  if (covered.every(Boolean)) return GRADE_RANK.concordant;
  return covered.some(Boolean) ? GRADE_RANK["one-sided"] : GRADE_RANK.reported;
}

// The grade of every statement, by ordinal (a position in EVIDENCE_GRADES): computed on the first
// query that needs grades, not with the graph.
const gradesCache = new WeakMap<GraphIndex, Uint8Array>();

/** Statement ordinal → its grade's position in `EVIDENCE_GRADES`. */
export function gradesOf(index: GraphIndex): Uint8Array {
  let grades = gradesCache.get(index);
  if (grades === undefined) {
    grades = new Uint8Array(index.statements.length);
    for (let s = 0; s < index.statements.length; s++)
      grades[s] = gradeAmong(
        index,
        s,
        actorOrdinalsOf(index, (index.statements[s] as Statement).parties),
      );
    gradesCache.set(index, grades);
  }
  return grades;
}

/** The grade of statement `s`. */
export function gradeAt(index: GraphIndex, s: number): EvidenceGrade {
  return EVIDENCE_GRADES[gradesOf(index)[s] as number] as EvidenceGrade;
}

/** Every account of statement `s`, frozen: its own first, then the others in the general order. */
export function accountsAt(index: GraphIndex, s: number): StatementAccount[] {
  const statement = index.statements[s] as Statement;
  const parties = actorOrdinalsOf(index, statement.parties);
  const views: StatementAccount[] = [];
  const own: Omit<Account, "id" | "of"> = statement;
  views.push(view(index, statement, parties, statement.id, true, own));
  const others = index.accountOrder.arrange(row(index.accountsOf, s));
  for (let i = 0; i < others.length; i++) {
    const account = index.accounts[others[i] as number] as Account;
    views.push(view(index, statement, parties, account.id, false, account));
  }
  return views;
}

function view(
  index: GraphIndex,
  statement: Statement,
  parties: readonly number[],
  id: string,
  primary: boolean,
  account: Omit<Account, "id" | "of">,
): StatementAccount {
  const covered = coverage(index, account.statedBy, parties);
  const speaksFor = statement.parties.filter((party) => {
    const a = index.actorOrdinal.get(party);
    return a !== undefined && covered[parties.indexOf(a)] === true;
  });
  return Object.freeze({
    id,
    of: statement.id,
    primary,
    kind: account.kind,
    attests: account.kind === statement.kind,
    statedBy: account.statedBy,
    ...(account.statedAt === undefined ? {} : { statedAt: account.statedAt }),
    summary: account.summary,
    evidence: account.evidence,
    sources: Object.freeze([...new Set(account.evidence.map((span) => span.source))]),
    speaksFor: Object.freeze(speaksFor),
    joint: isJoint(index, account.statedBy, account.evidence, parties),
  });
}

/**
 * Whether the accounts of statement `s` that stand for each of `parties` call it an agreement,
 * and whether one of them is a text all of `parties` issued together calling it so.
 */
export function agreementVoices(
  index: GraphIndex,
  s: number,
  parties: readonly number[],
): { readonly says: boolean[]; readonly joint: boolean; readonly anyone: boolean } {
  const says = new Array<boolean>(parties.length).fill(false);
  let joint = false;
  let anyone = false;
  for (const part of partsOf(index, s)) {
    if (part.kind !== "agreement") continue;
    anyone = true;
    if (isJoint(index, part.statedBy, part.evidence, parties)) joint = true;
    const mine = coverage(index, part.statedBy, parties);
    for (let p = 0; p < parties.length; p++) if (mine[p]) says[p] = true;
  }
  return { says, joint, anyone };
}

/** The distinct kinds the accounts of statement `s` give it, in account order. */
export function kindsOf(index: GraphIndex, s: number): StatementKind[] {
  return [...new Set(partsOf(index, s).map((part) => part.kind))];
}

/**
 * Brings the caches of this file, where built, up to date with the records `extendGraph` just
 * added (slots from `first` on): the issuers of the new sources, the grades of the new statements
 * and of the statements the new accounts are accounts of (no other grade can change: records
 * already there name none of the new records).
 */
export function extendAccountCaches(index: GraphIndex, first: AddedSlots): void {
  const issuers = issuersCache.get(index);
  if (issuers !== undefined)
    for (let s = first.sources; s < index.sources.length; s++) {
      const source = index.sources[s];
      if (source?.issuedBy !== undefined && source.issuedBy.length > 0)
        issuers.set(s, actorOrdinalsOf(index, source.issuedBy));
    }
  const grades = gradesCache.get(index);
  if (grades === undefined) return;
  const n = index.statements.length;
  const grown = grades.length >= n ? grades : new Uint8Array(Math.max(n, grades.length * 2));
  if (grown !== grades) {
    grown.set(grades);
    gradesCache.set(index, grown);
  }
  const grade = (s: number) => {
    grown[s] = gradeAmong(
      index,
      s,
      actorOrdinalsOf(index, (index.statements[s] as Statement).parties),
    );
  };
  for (let s = first.statements; s < n; s++) grade(s);
  for (let a = first.accounts; a < index.accounts.length; a++) {
    const s = index.matterOf[a] as number;
    if (s !== -1 && s < first.statements) grade(s);
  }
}
