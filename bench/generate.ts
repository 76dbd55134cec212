// A seeded generator of valid synthetic datasets of any size, for the scale benchmark. Not part of
// any published package. The output is plain JSON-able input for `defineDataset`: source texts are
// built from generated sentences, and every evidence span is the exact offsets of its sentence, so
// validation does real work (ids, references, quotes) on data shaped like the real thing.
import type { DatasetInput } from "@accordkg/data";
import { mulberry32, permutation, pick, type Random, randomInt, zipfSampler } from "./random";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type SourceInput = Mutable<DatasetInput["sources"][number]>;
type ActorInput = Mutable<DatasetInput["actors"][number]>;
type TopicInput = Mutable<DatasetInput["topics"][number]>;
type EventInput = Mutable<DatasetInput["events"][number]>;
type CommitmentInput = Mutable<DatasetInput["commitments"][number]>;
type ClaimInput = Mutable<NonNullable<DatasetInput["claims"]>[number]>;
type AccountInput = Mutable<NonNullable<DatasetInput["accounts"]>[number]>;
type EvidenceInput = Mutable<EventInput["evidence"][number]>;
type CommitmentKind = CommitmentInput["kind"];
type ClaimKind = ClaimInput["kind"];
type EventKind = EventInput["kind"];

export interface GenerateOptions {
  /** Same seed (and options), same dataset, byte for byte. */
  seed: number;
  /** How many commitments. */
  commitments: number;
  /** How many claims (statements that bind no one). Default: a third of `commitments`. */
  claims?: number;
  /** How many actors (one in ten a state, the rest people representing one). Default: up to 2,000. */
  actors?: number;
  /** How many topics, in a three-level hierarchy. Default: up to 500. */
  topics?: number;
  /** Statements (commitments and claims) reported per source text. Default 12. */
  statementsPerSource?: number;
  /**
   * How many other accounts of the statements: another party's words (mostly framing the matter
   * as the statement does, sometimes not), a joint text of all its parties, or a third party's.
   * Drawn from a random stream of their own, so the rest of the dataset does not change. Default 0.
   */
  accounts?: number;
}

// Shares among commitments: agreement 25, proposal 20, pledge 15, warning 10, demand 5 (of 75; the
// other 25 of every 100 statements are claims).
const COMMITMENT_WEIGHTS: readonly (readonly [CommitmentKind, number])[] = [
  ["agreement", 25],
  ["proposal", 20],
  ["pledge", 15],
  ["warning", 10],
  ["demand", 5],
];
const CLAIM_WEIGHTS: readonly (readonly [ClaimKind, number])[] = [
  ["discussion", 40],
  ["position", 25],
  ["assessment", 20],
  ["objective", 15],
];
const EVENT_KIND_WEIGHTS: readonly (readonly [EventKind, number])[] = [
  ["summit", 20],
  ["meeting", 40],
  ["negotiation", 20],
  ["statement", 10],
  ["other", 10],
];

// Word lists, English and Arabic side by side. No diacritics: the Arabic is plain letters.
const SYLLABLES: readonly (readonly [string, string])[] = [
  ["ka", "كا"],
  ["ri", "ري"],
  ["mo", "مو"],
  ["na", "نا"],
  ["sa", "سا"],
  ["li", "لي"],
  ["ta", "تا"],
  ["ro", "رو"],
  ["mi", "مي"],
  ["da", "دا"],
  ["vo", "فو"],
  ["be", "بي"],
  ["ha", "ها"],
  ["zu", "زو"],
  ["lan", "لان"],
  ["dor", "دور"],
  ["mar", "مار"],
  ["sel", "سيل"],
  ["ten", "تين"],
  ["gra", "غرا"],
  ["bu", "بو"],
  ["fa", "فا"],
  ["nor", "نور"],
  ["ki", "كي"],
];
const DOMAINS: readonly (readonly [string, string])[] = [
  ["energy", "الطاقة"],
  ["maritime", "البحار"],
  ["space", "الفضاء"],
  ["agriculture", "الزراعة"],
  ["water", "المياه"],
  ["border", "الحدود"],
  ["internet", "الإنترنت"],
  ["health", "الصحة"],
  ["climate", "المناخ"],
  ["transport", "النقل"],
  ["food", "الغذاء"],
  ["education", "التعليم"],
  ["oil", "النفط"],
  ["gas", "الغاز"],
  ["port", "الموانئ"],
  ["refugee", "اللاجئين"],
  ["nuclear", "الطاقة النووية"],
  ["fisheries", "الصيد"],
  ["mining", "التعدين"],
  ["aviation", "الطيران"],
];
const ASPECTS: readonly (readonly [string, string])[] = [
  ["security", "أمن"],
  ["cooperation", "تعاون"],
  ["trade", "تجارة"],
  ["sanctions", "عقوبات"],
  ["dialogue", "حوار"],
  ["stability", "استقرار"],
  ["aid", "مساعدات"],
  ["investment", "استثمار"],
  ["regulation", "تنظيم"],
  ["negotiations", "مفاوضات"],
  ["infrastructure", "بنية"],
  ["research", "أبحاث"],
];
const REGIONS: readonly (readonly [string, string])[] = [
  ["the Arctic", "القطب الشمالي"],
  ["the Mediterranean", "البحر المتوسط"],
  ["the Gulf", "الخليج"],
  ["Central Asia", "آسيا الوسطى"],
  ["the Sahel", "الساحل"],
  ["the Black Sea", "البحر الأسود"],
  ["the Horn of Africa", "القرن الأفريقي"],
  ["the Balkans", "البلقان"],
];
const ACTIONS: readonly (readonly [string, string])[] = [
  ["strengthen cooperation", "تعزيز التعاون"],
  ["launch a joint working group", "إطلاق فريق عمل مشترك"],
  ["exchange information", "تبادل المعلومات"],
  ["hold regular consultations", "إجراء مشاورات منتظمة"],
  ["reduce tensions", "خفض التوترات"],
  ["coordinate their positions", "تنسيق المواقف"],
  ["set up a direct hotline", "إنشاء خط ساخن مباشر"],
  ["resume talks", "استئناف المحادثات"],
  ["respect existing commitments", "احترام الالتزامات القائمة"],
  ["expand technical assistance", "توسيع المساعدة الفنية"],
];
const THREATS: readonly (readonly [string, string])[] = [
  ["escalation", "تصعيد"],
  ["provocation", "استفزاز"],
  ["interference", "تدخل"],
  ["attack", "هجوم"],
];
const ASSESSMENTS: readonly (readonly [string, string])[] = [
  ["constructive", "بناءة"],
  ["positive", "إيجابية"],
  ["difficult", "صعبة"],
  ["frank", "صريحة"],
  ["disappointing", "مخيبة للآمال"],
];
const PLACES: readonly (readonly [string, string])[] = [
  ["Geneva", "جنيف"],
  ["Vienna", "فيينا"],
  ["Doha", "الدوحة"],
  ["Cairo", "القاهرة"],
  ["Oslo", "أوسلو"],
  ["Istanbul", "إسطنبول"],
  ["Muscat", "مسقط"],
  ["Astana", "أستانا"],
  ["Helsinki", "هلسنكي"],
  ["Rome", "روما"],
];
const EVENT_WORDS: Record<EventKind, readonly [string, string, string]> = {
  summit: ["Summit", "a summit", "قمة"],
  meeting: ["Meeting", "a meeting", "اجتماع"],
  "press-conference": ["Press conference", "a press conference", "مؤتمر صحفي"],
  negotiation: ["Negotiations", "negotiations", "مفاوضات"],
  statement: ["Joint appearance", "a joint appearance", "ظهور مشترك"],
  other: ["Talks", "talks", "محادثات"],
};
const PREFIXES_EN = ["", "", "", "In a statement, ", "According to the report, "];
const PREFIXES_AR = ["", "", "", "وبحسب التقرير، ", "وفي بيان، "];
const FILLERS: readonly (readonly [string, string])[] = [
  ["The talks lasted several hours", "واستمرت المحادثات عدة ساعات"],
  ["Journalists were not allowed into the room", "ولم يسمح للصحفيين بدخول القاعة"],
  ["Further details were not disclosed", "ولم يتم الكشف عن مزيد من التفاصيل"],
];
const PUBLISHERS = ["Example Wire", "Example Herald", "Example Times", "Example Daily"];

const PARTNERS_PER_ACTOR = 8;
const ARABIC_SHARE = 0.25;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const joinEn = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const joinAr = (items: readonly string[]) => items.join(" و");

function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of table) total += weight;
  let target = random() * total;
  for (const [value, weight] of table) {
    target -= weight;
    if (target < 0) return value;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
}

/** `count` distinct values from `draw` (which must be able to produce that many). */
function distinct(count: number, draw: () => number, first?: number): number[] {
  const out: number[] = first === undefined ? [] : [first];
  while (out.length < count) {
    const value = draw();
    if (!out.includes(value)) out.push(value);
  }
  return out;
}

function isoDate(random: Random): string {
  const year = 1995 + randomInt(random, 30);
  const month = 1 + randomInt(random, 12);
  const day = 1 + randomInt(random, 28);
  return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

/** A span whose quote (and, for a statement, summary) is filled in once the source text is joined. */
interface Pending {
  evidence: EvidenceInput;
  summary?: { en: string; ar?: string };
  /** The English summary of a statement in an Arabic source (English ones reuse the quote). */
  summaryEn?: string;
}

/**
 * A valid dataset input with `commitments` commitments (every kind, 1 to 4 parties, mostly two, with
 * recurring partner pairs; agreements always have at least two), about a third as many claims,
 * Zipf-popular actors and topics, a topic hierarchy, events and source texts that every evidence
 * span quotes exactly. Deterministic in `options`.
 */
export function generateDataset(options: GenerateOptions): DatasetInput {
  const random = mulberry32(options.seed);
  const commitmentCount = options.commitments;
  const claimCount = options.claims ?? Math.round(commitmentCount / 3);
  const actorCount = options.actors ?? Math.min(2000, Math.max(8, Math.ceil(commitmentCount / 5)));
  const maxTopics = DOMAINS.length * (1 + ASPECTS.length * (1 + REGIONS.length));
  const topicCount = Math.min(
    maxTopics,
    options.topics ?? Math.min(500, Math.max(20, Math.ceil(commitmentCount / 20))),
  );
  const perSource = options.statementsPerSource ?? 12;
  // Four parties plus a recipient must be able to differ.
  if (actorCount < 5) throw new RangeError("generateDataset: needs at least 5 actors");
  if (topicCount < 3) throw new RangeError("generateDataset: needs at least 3 topics");

  // Actors: every tenth is a state; the nine after it are people who represent it.
  const actors: ActorInput[] = [];
  const nameEn: string[] = [];
  const nameAr: string[] = [];
  const syllable = () => pick(random, SYLLABLES);
  for (let i = 0; i < actorCount; i++) {
    const isState = i % 10 === 0;
    let en: string;
    let ar: string;
    if (isState) {
      const [a, b] = [syllable(), syllable()];
      en = capitalize(`${a[0]}${b[0]}ia`);
      ar = `${a[1]}${b[1]}يا`;
    } else {
      const [a, b, c, d] = [syllable(), syllable(), syllable(), syllable()];
      en = `${capitalize(a[0] + b[0])} ${capitalize(c[0] + d[0])}`;
      ar = `${a[1]}${b[1]} ${c[1]}${d[1]}`;
    }
    nameEn.push(en);
    nameAr.push(ar);
    const actor: ActorInput = {
      id: `a-${i}`,
      kind: isState ? "state" : "person",
      name: { en, ar },
    };
    if (isState) actor.aliases = [`Republic of ${en}`];
    else actor.represents = [`a-${i - (i % 10)}`];
    actors.push(actor);
  }
  const drawActor = zipfSampler(random, actorCount, 0.8);
  const partners = new Int32Array(actorCount * PARTNERS_PER_ACTOR);
  for (let i = 0; i < actorCount; i++)
    for (let k = 0; k < PARTNERS_PER_ACTOR; k++) {
      let partner = drawActor();
      while (partner === i) partner = drawActor();
      partners[i * PARTNERS_PER_ACTOR + k] = partner;
    }
  // Someone who speaks for an actor: a person speaks for themself, a state through one of its people.
  const speakerFor = (actor: number): number => {
    if (actor % 10 !== 0) return actor;
    const people = Math.min(9, actorCount - actor - 1);
    return people === 0 ? actor : actor + 1 + randomInt(random, people);
  };

  // Topics: domains, then domain × aspect under their domain, then those × region under them.
  const topics: TopicInput[] = [];
  const topicEn: string[] = [];
  const topicAr: string[] = [];
  const perDomain = ASPECTS.length;
  const secondLevel = DOMAINS.length * perDomain;
  for (let i = 0; i < topicCount; i++) {
    let en: string;
    let ar: string;
    let parent: number | undefined;
    if (i < DOMAINS.length) {
      const domain = DOMAINS[i] as readonly [string, string];
      [en, ar] = domain;
    } else if (i < DOMAINS.length + secondLevel) {
      const j = i - DOMAINS.length;
      const domain = DOMAINS[Math.floor(j / perDomain)] as readonly [string, string];
      const aspect = ASPECTS[j % perDomain] as readonly [string, string];
      en = `${domain[0]} ${aspect[0]}`;
      ar = `${aspect[1]} ${domain[1]}`;
      parent = Math.floor(j / perDomain);
    } else {
      const j = i - DOMAINS.length - secondLevel;
      const base = DOMAINS.length + (j % secondLevel);
      const region = REGIONS[Math.floor(j / secondLevel)] as readonly [string, string];
      en = `${topicEn[base]} in ${region[0]}`;
      ar = `${topicAr[base]} في ${region[1]}`;
      parent = base;
    }
    topicEn.push(en);
    topicAr.push(ar);
    const topic: TopicInput = { id: `t-${i}`, label: { en: capitalize(en), ar } };
    if (parent !== undefined) topic.parent = `t-${parent}`;
    topics.push(topic);
  }
  // Popularity is shuffled so that popular topics sit at every level of the hierarchy.
  const topicByRank = permutation(random, topicCount);
  const drawTopicRank = zipfSampler(random, topicCount, 0.6);
  const drawTopic = () => topicByRank[drawTopicRank()] as number;
  const topicCountDraw = () => {
    const r = random();
    return Math.min(topicCount, r < 0.4 ? 1 : r < 0.8 ? 2 : 3);
  };

  // Sources report events two by two; some events are press conferences after the previous one.
  const statementCount = commitmentCount + claimCount;
  const sourceCount = Math.max(1, Math.ceil(statementCount / perSource));
  const eventCount = Math.ceil(sourceCount / 2);
  const eventKinds: EventKind[] = [];
  for (let k = 0; k < eventCount; k++) {
    const previous = eventKinds[k - 1];
    eventKinds.push(
      previous !== undefined && previous !== "press-conference" && random() < 0.3
        ? "press-conference"
        : weighted(random, EVENT_KIND_WEIGHTS),
    );
  }

  const sources: SourceInput[] = [];
  const events: EventInput[] = [];
  const commitments: CommitmentInput[] = [];
  const claims: ClaimInput[] = [];
  let eventDate = "";
  let eventPlace: readonly [string, string] = PLACES[0] as readonly [string, string];
  let statement = 0;

  for (let s = 0; s < sourceCount; s++) {
    const sourceId = `s-${s}`;
    const arabic = random() < ARABIC_SHARE;
    const parts: string[] = [];
    let length = 0;
    const pending: Pending[] = [];
    // Appends one sentence: an uncited prefix, then the words the span quotes.
    const sentence = (prefix: string, core: string): EvidenceInput => {
      if (parts.length > 0) {
        const separator = parts.length % 8 === 0 ? ".\n" : ". ";
        parts.push(separator);
        length += separator.length;
      }
      parts.push(prefix, core);
      const start = length + prefix.length;
      length = start + core.length;
      return { source: sourceId, start, end: length, quote: "" };
    };

    // The event this source reports; the first of its two sources is the event's evidence.
    const eventIndex = s >> 1;
    const eventKind = eventKinds[eventIndex] as EventKind;
    if (s % 2 === 0) {
      const follows = eventKind === "press-conference" && eventIndex > 0;
      if (!follows) {
        eventDate = isoDate(random);
        eventPlace = pick(random, PLACES);
      }
      const participants = distinct(2 + randomInt(random, 3), drawActor);
      const eventTopics = distinct(topicCountDraw(), drawTopic);
      const words = EVENT_WORDS[eventKind];
      const core = arabic
        ? `في ${eventDate} التقى ${joinAr(participants.map((a) => nameAr[a] as string))} في ${eventPlace[1]} في ${words[2]} حول ${joinAr(eventTopics.map((t) => topicAr[t] as string))}`
        : `On ${eventDate}, ${joinEn(participants.map((a) => nameEn[a] as string))} met in ${eventPlace[0]} for ${words[1]} on ${joinEn(eventTopics.map((t) => topicEn[t] as string))}`;
      const evidence = sentence("", core);
      const event: EventInput = {
        id: `e-${eventIndex}`,
        kind: eventKind,
        name: {
          en: `${words[0]} in ${eventPlace[0]}, ${eventDate}`,
          ar: `${words[2]} ${eventPlace[1]}`,
        },
        date: eventDate,
        place: { name: { en: eventPlace[0], ar: eventPlace[1] } },
        participants: participants.map((a) => `a-${a}`),
        topics: eventTopics.map((t) => `t-${t}`),
        evidence: [evidence],
      };
      if (follows) event.follows = `e-${eventIndex - 1}`;
      events.push(event);
      pending.push({ evidence });
    }
    const pressConference =
      eventKinds[eventIndex + 1] === "press-conference" ? `e-${eventIndex + 1}` : undefined;

    const end = Math.min(statementCount, statement + perSource);
    for (; statement < end; statement++) {
      // Claims are spread evenly among the statements, so both counts are exact.
      const isClaim =
        Math.floor(((statement + 1) * claimCount) / statementCount) >
        Math.floor((statement * claimCount) / statementCount);
      const kind: CommitmentKind | ClaimKind = isClaim
        ? weighted(random, CLAIM_WEIGHTS)
        : weighted(random, COMMITMENT_WEIGHTS);

      const r = random();
      let partyCount = r < 0.1 ? 1 : r < 0.7 ? 2 : r < 0.88 ? 3 : 4;
      if ((kind === "agreement" || kind === "discussion") && partyCount < 2) partyCount = 2;
      const first = drawActor();
      const parties =
        partyCount === 2 && random() < 0.5
          ? [first, partners[first * PARTNERS_PER_ACTOR + randomInt(random, 8)] as number]
          : distinct(partyCount, drawActor, first);
      const statementTopics = distinct(topicCountDraw(), drawTopic);
      let recipient: number | undefined;
      if ((kind === "proposal" || kind === "warning" || kind === "demand") && random() < 0.7) {
        recipient = drawActor();
        while (parties.includes(recipient)) recipient = drawActor();
      }
      const speaker = random() < 0.1 ? drawActor() : speakerFor(first);

      const pEn = joinEn(parties.map((a) => nameEn[a] as string));
      const tEn = joinEn(statementTopics.map((t) => topicEn[t] as string));
      const action = pick(random, ACTIONS);
      const threat = pick(random, THREATS);
      const assessment = pick(random, ASSESSMENTS);
      const rEn = recipient === undefined ? undefined : (nameEn[recipient] as string);
      const en = sentenceEn(kind, pEn, tEn, rEn, action[0], threat[0], assessment[0]);
      let evidence: EvidenceInput;
      if (arabic) {
        const pAr = joinAr(parties.map((a) => nameAr[a] as string));
        const tAr = joinAr(statementTopics.map((t) => topicAr[t] as string));
        const rAr = recipient === undefined ? undefined : (nameAr[recipient] as string);
        const ar = sentenceAr(kind, pAr, tAr, rAr, action[1], threat[1], assessment[1]);
        evidence = sentence(pick(random, PREFIXES_AR), ar);
      } else {
        evidence = sentence(pick(random, PREFIXES_EN), en);
      }

      const summary: { en: string; ar?: string } = { en: "" };
      const common = {
        id: "",
        parties: parties.map((a) => `a-${a}`),
        topics: statementTopics.map((t) => `t-${t}`),
        statedBy: [`a-${speaker}`],
        summary,
        evidence: [evidence],
      };
      const record: CommitmentInput | ClaimInput = isClaim
        ? { ...common, id: `k-${claims.length}`, kind: kind as ClaimKind }
        : { ...common, id: `c-${commitments.length}`, kind: kind as CommitmentKind };
      if (recipient !== undefined) record.recipients = [`a-${recipient}`];
      if (random() < 0.85) {
        record.event = `e-${eventIndex}`;
        if (pressConference !== undefined && random() < 0.5) record.statedAt = pressConference;
      }
      if (isClaim) claims.push(record as ClaimInput);
      else commitments.push(record as CommitmentInput);
      // English summaries of English sources are the quote itself (shared, not copied).
      pending.push(arabic ? { evidence, summary, summaryEn: en } : { evidence, summary });

      if (random() < 0.15) {
        const filler = pick(random, FILLERS);
        sentence("", arabic ? filler[1] : filler[0]);
      }
    }

    const text = `${parts.join("")}.`;
    for (const { evidence, summary, summaryEn } of pending) {
      evidence.quote = text.slice(evidence.start, evidence.end);
      if (summary === undefined) continue;
      if (summaryEn === undefined) summary.en = evidence.quote;
      else {
        summary.en = summaryEn;
        summary.ar = evidence.quote;
      }
    }
    sources.push({
      id: sourceId,
      title: `Report on the ${(events[eventIndex] as EventInput).name.en}`,
      language: arabic ? "ar" : "en",
      text,
      publishedAt: eventDate,
      publisher: pick(random, PUBLISHERS),
      url: `https://example.org/reports/${sourceId}`,
    });
  }

  const accounts =
    (options.accounts ?? 0) > 0
      ? generateAccounts(
          options,
          [...commitments, ...claims],
          sources,
          nameEn,
          speakerFor,
          perSource,
        )
      : [];

  return {
    id: `synthetic-${options.seed >>> 0}-${commitmentCount}`,
    title: `Synthetic dataset, seed ${options.seed >>> 0}, ${commitmentCount} commitments`,
    description: "Generated by bench/generate.ts for the scale benchmark; not real events.",
    sources,
    actors,
    topics,
    events,
    commitments,
    claims,
    ...(accounts.length > 0 ? { accounts } : {}),
  };
}

const ALL_KINDS: readonly (CommitmentKind | ClaimKind)[] = [
  ...COMMITMENT_WEIGHTS.map(([kind]) => kind),
  ...CLAIM_WEIGHTS.map(([kind]) => kind),
];

/**
 * `options.accounts` accounts of random statements, in sources of their own: another party's
 * account (80% framing the matter as the statement does), a text all the statement's parties
 * issue together (a source of its own, with `issuedBy`), or a third party's.
 */
function generateAccounts(
  options: GenerateOptions,
  statements: readonly (CommitmentInput | ClaimInput)[],
  sources: SourceInput[],
  nameEn: readonly string[],
  speakerFor: (actor: number) => number,
  perSource: number,
): AccountInput[] {
  const random = mulberry32((options.seed ^ 0x5eed1e55) >>> 0);
  const count = options.accounts ?? 0;
  const accounts: AccountInput[] = [];
  const ordinal = (id: string) => Number(id.slice(2));
  // Accounts of one report share its text; a joint text is a source of its own.
  let parts: string[] = [];
  let pending: EvidenceInput[] = [];
  let reports = 0;
  let joints = 0;
  const addSource = (id: string, text: string, issuedBy?: string[]) => {
    const source: SourceInput = {
      id,
      title: `Another account of the talks (${id})`,
      language: "en",
      text,
      publisher: pick(random, PUBLISHERS),
      url: `https://example.org/accounts/${id}`,
    };
    if (issuedBy !== undefined) source.issuedBy = issuedBy;
    sources.push(source);
  };
  const flushReport = () => {
    const text = `${parts.join(". ")}.`;
    for (const evidence of pending) evidence.quote = text.slice(evidence.start, evidence.end);
    addSource(`r-${reports++}`, text);
    parts = [];
    pending = [];
  };
  for (let a = 0; a < count; a++) {
    const statement = statements[randomInt(random, statements.length)] as CommitmentInput;
    const parties = statement.parties.map(ordinal);
    const kind = random() < 0.8 ? statement.kind : pick(random, ALL_KINDS);
    const r = random();
    const joint = r < 0.2 && parties.length >= 2;
    let speakers: number[];
    if (joint) speakers = [...new Set(parties.map(speakerFor))];
    else if (r < 0.85) speakers = [speakerFor(pick(random, parties))];
    else speakers = [randomInt(random, nameEn.length)];
    const words = `${joinEn(speakers.map((s) => nameEn[s] as string))} said that ${sentenceEn(
      kind,
      joinEn(parties.map((p) => nameEn[p] as string)),
      `matter ${statement.id}`,
      undefined,
      "cooperate",
      "escalation",
      "constructive",
    )}`;
    let evidence: EvidenceInput;
    if (joint) {
      const id = `j-${joints++}`;
      evidence = { source: id, start: 0, end: words.length, quote: words };
      addSource(
        id,
        `${words}.`,
        speakers.map((s) => `a-${s}`),
      );
    } else {
      const start = parts.reduce((n, part) => n + part.length + 2, 0);
      parts.push(words);
      evidence = { source: `r-${reports}`, start, end: start + words.length, quote: "" };
      pending.push(evidence);
      if (parts.length >= perSource) flushReport();
    }
    accounts.push({
      id: `ac-${a}`,
      of: statement.id,
      kind,
      statedBy: speakers.map((s) => `a-${s}`),
      summary: { en: words },
      evidence: [evidence],
    });
  }
  if (parts.length > 0) flushReport();
  return accounts;
}

function sentenceEn(
  kind: CommitmentKind | ClaimKind,
  parties: string,
  topics: string,
  recipient: string | undefined,
  action: string,
  threat: string,
  assessment: string,
): string {
  switch (kind) {
    case "agreement":
      return `${parties} agreed to ${action} on ${topics}`;
    case "pledge":
      return `${parties} pledged to ${action} on ${topics}`;
    case "proposal":
      return recipient === undefined
        ? `${parties} proposed to ${action} on ${topics}`
        : `${parties} proposed to ${recipient} to ${action} on ${topics}`;
    case "warning":
      return `${parties} warned ${recipient ?? "the other side"} against any ${threat} concerning ${topics}`;
    case "demand":
      return `${parties} demanded that ${recipient ?? "the other side"} ${action} on ${topics}`;
    case "discussion":
      return `${parties} discussed ${topics}`;
    case "position":
      return `${parties} said that every state must ${action} on ${topics}`;
    case "assessment":
      return `${parties} described the talks on ${topics} as ${assessment}`;
    case "objective":
      return `${parties} said they intend to ${action} on ${topics}`;
  }
}

function sentenceAr(
  kind: CommitmentKind | ClaimKind,
  parties: string,
  topics: string,
  recipient: string | undefined,
  action: string,
  threat: string,
  assessment: string,
): string {
  switch (kind) {
    case "agreement":
      return `اتفق ${parties} على ${action} في ${topics}`;
    case "pledge":
      return `تعهد ${parties} ب${action} في ${topics}`;
    case "proposal":
      return recipient === undefined
        ? `اقترح ${parties} ${action} في ${topics}`
        : `اقترح ${parties} على ${recipient} ${action} في ${topics}`;
    case "warning":
      return `حذر ${parties} ${recipient ?? "الطرف الآخر"} من أي ${threat} يتعلق ب${topics}`;
    case "demand":
      return `طالب ${parties} ${recipient ?? "الطرف الآخر"} ب${action} في ${topics}`;
    case "discussion":
      return `ناقش ${parties} ${topics}`;
    case "position":
      return `قال ${parties} إن على كل دولة ${action} في ${topics}`;
    case "assessment":
      return `وصف ${parties} المحادثات حول ${topics} بأنها ${assessment}`;
    case "objective":
      return `قال ${parties} إنهم ينوون ${action} في ${topics}`;
  }
}

/** Options of {@link generateExtension}. */
export interface ExtensionOptions {
  /** Same seed (and options), same document. */
  seed: number;
  /** What the document extends: a dataset from `generateDataset`, or that merged with others. */
  base: DatasetInput;
  /** How many commitments. */
  commitments: number;
  /** How many claims. Default: a third of `commitments`. */
  claims?: number;
  /** How many other accounts of statements already in `base`. Default 0. */
  accounts?: number;
  /**
   * The share of statements whose evidence quotes a source already in `base` (they belong in the
   * middle of the general order, not at its end). Default 0.
   */
  olderSources?: number;
  /** New actors (people representing states of `base`). Default 0. */
  actors?: number;
  /** New topics (below topics of `base`). Default 0. */
  topics?: number;
  /** Records of `base` copied unchanged into the document (kept once when merged). Default 0. */
  copies?: number;
  /** Prefix of every new id. Default `x<seed>`. */
  prefix?: string;
}

/**
 * A document that extends `base`: new sources whose statements name the actors, topics and
 * events of `base` (and a few new ones) without copying them, accounts of its statements, some
 * statements quoting older sources, and identical copies of some of its records. Valid when
 * checked against `base` (`defineDataset(document, { extends: [base] })`), and when merged with it.
 */
export function generateExtension(options: ExtensionOptions): DatasetInput {
  const random = mulberry32((options.seed ^ 0x0e87e5d5) >>> 0);
  const { base } = options;
  const prefix = options.prefix ?? `x${options.seed >>> 0}`;
  const claimCount = options.claims ?? Math.round(options.commitments / 3);
  const statementCount = options.commitments + claimCount;
  const baseStatements = [
    ...new Map([...base.commitments, ...(base.claims ?? [])].map((s) => [s.id, s])).values(),
  ];
  if (base.actors.length < 5 || base.topics.length === 0)
    throw new RangeError("generateExtension: the base needs actors and topics");

  const actors: ActorInput[] = [];
  const states = base.actors.filter((actor) => actor.kind === "state");
  for (let i = 0; i < (options.actors ?? 0); i++) {
    const actor: ActorInput = {
      id: `${prefix}-a-${i}`,
      kind: "person",
      name: { en: `Envoy ${prefix.toUpperCase()} ${i}` },
    };
    if (states.length > 0) actor.represents = [pick(random, states).id];
    actors.push(actor);
  }
  const topics: TopicInput[] = [];
  for (let i = 0; i < (options.topics ?? 0); i++)
    topics.push({
      id: `${prefix}-t-${i}`,
      label: { en: `New matter ${prefix} ${i}` },
      parent: pick(random, base.topics).id,
    });
  // The base may hold copies (a concatenation of documents): each id once.
  const actorIds = [...new Set([...base.actors.map((a) => a.id), ...actors.map((a) => a.id)])];
  const topicIds = [...new Set([...base.topics.map((t) => t.id), ...topics.map((t) => t.id)])];
  const names = new Map<string, string>([
    ...base.actors.map((a) => [a.id, a.name.en] as const),
    ...actors.map((a) => [a.id, a.name.en] as const),
  ]);
  const labels = new Map<string, string>([
    ...base.topics.map((t) => [t.id, t.label.en] as const),
    ...topics.map((t) => [t.id, t.label.en] as const),
  ]);

  // Older spans to quote: the evidence of the base's statements (any exact span will do).
  const older = baseStatements.flatMap((s) => s.evidence).filter((span) => span.end > span.start);
  const sources: SourceInput[] = [];
  const events: EventInput[] = [];
  const commitments: CommitmentInput[] = [];
  const claims: ClaimInput[] = [];
  const perSource = 12;
  let parts: string[] = [];
  let pending: EvidenceInput[] = [];
  const flush = () => {
    if (parts.length === 0) return;
    const id = `${prefix}-s-${sources.length}`;
    const text = `${parts.join(". ")}.`;
    for (const evidence of pending) {
      evidence.source = id;
      evidence.quote = text.slice(evidence.start, evidence.end);
    }
    sources.push({
      id,
      title: `A later report (${id})`,
      language: "en",
      text,
      publisher: pick(random, PUBLISHERS),
    });
    parts = [];
    pending = [];
  };
  const sentence = (words: string): EvidenceInput => {
    const start = parts.reduce((n, part) => n + part.length + 2, 0);
    parts.push(words);
    const evidence = { source: "", start, end: start + words.length, quote: "" };
    pending.push(evidence);
    return evidence;
  };
  const baseEvents = [...new Map(base.events.map((e) => [e.id, e])).values()];
  for (let i = 0; i < statementCount; i++) {
    const isClaim =
      Math.floor(((i + 1) * claimCount) / statementCount) >
      Math.floor((i * claimCount) / statementCount);
    const kind: CommitmentKind | ClaimKind = isClaim
      ? weighted(random, CLAIM_WEIGHTS)
      : weighted(random, COMMITMENT_WEIGHTS);
    const partyCount = kind === "agreement" || kind === "discussion" ? 2 : 1 + randomInt(random, 2);
    const parties = distinct(partyCount, () => randomInt(random, actorIds.length)).map(
      (a) => actorIds[a] as string,
    );
    const statementTopics = distinct(Math.min(topicIds.length, 1 + randomInt(random, 2)), () =>
      randomInt(random, topicIds.length),
    ).map((t) => topicIds[t] as string);
    const words = sentenceEn(
      kind,
      joinEn(parties.map((p) => names.get(p) as string)),
      joinEn(statementTopics.map((t) => labels.get(t) as string)),
      undefined,
      pick(random, ACTIONS)[0],
      pick(random, THREATS)[0],
      pick(random, ASSESSMENTS)[0],
    );
    let evidence: EvidenceInput;
    if (older.length > 0 && random() < (options.olderSources ?? 0)) {
      const span = pick(random, older);
      evidence = { source: span.source, start: span.start, end: span.end, quote: span.quote };
    } else {
      evidence = sentence(words);
      if (parts.length >= perSource) flush();
    }
    const common: { event?: string } & Omit<CommitmentInput, "kind"> = {
      id: "",
      parties,
      topics: statementTopics,
      statedBy: [pick(random, parties)],
      summary: { en: words },
      evidence: [evidence],
    };
    if (baseEvents.length > 0 && random() < 0.5) common.event = pick(random, baseEvents).id;
    if (isClaim)
      claims.push({ ...common, id: `${prefix}-k-${claims.length}`, kind: kind as ClaimKind });
    else
      commitments.push({
        ...common,
        id: `${prefix}-c-${commitments.length}`,
        kind: kind as CommitmentKind,
      });
  }
  flush();
  // An event of the document, reported by its first source (or by an older one).
  if (sources.length > 0 && baseEvents.length > 0) {
    const first = sources[0] as SourceInput;
    const end = first.text.indexOf(".");
    const span =
      older.length > 0 && random() < (options.olderSources ?? 0)
        ? pick(random, older)
        : { source: first.id, start: 0, end, quote: first.text.slice(0, end) };
    events.push({
      id: `${prefix}-e-0`,
      kind: "meeting",
      name: { en: `Follow-up meeting ${prefix}` },
      date: "2025-01-01",
      participants: [pick(random, actorIds)],
      topics: [pick(random, topicIds)],
      follows: pick(random, baseEvents).id,
      evidence: [{ ...span }],
    });
  }

  const accounts: AccountInput[] = [];
  const quoted = new Set<string>();
  const spanKey = (span: { source: string; start: number; end: number }) =>
    `${span.source}:${span.start}:${span.end}`;
  for (let a = 0; a < (options.accounts ?? 0) && baseStatements.length > 0; a++) {
    const statement = pick(random, baseStatements);
    const speaker = pick(random, statement.parties);
    const words = `${names.get(speaker) ?? speaker} gave another account of ${statement.id} (${prefix} ${a})`;
    // Some accounts quote an older source too: another statement's span, each at most once, so
    // that no account repeats its matter's own words.
    const span =
      older.length > 0 && random() < (options.olderSources ?? 0) ? pick(random, older) : undefined;
    let evidence: EvidenceInput;
    if (
      span !== undefined &&
      !quoted.has(spanKey(span)) &&
      !statement.evidence.some((own) => spanKey(own) === spanKey(span))
    ) {
      quoted.add(spanKey(span));
      evidence = { source: span.source, start: span.start, end: span.end, quote: span.quote };
    } else {
      evidence = sentence(words);
      if (parts.length >= perSource) flush();
    }
    accounts.push({
      id: `${prefix}-ac-${a}`,
      of: statement.id,
      kind: random() < 0.8 ? statement.kind : pick(random, ALL_KINDS),
      statedBy: [speaker],
      summary: { en: words },
      evidence: [evidence],
    });
  }
  // A document has a source at least: a note that states nothing, when nothing else was written.
  if (sources.length === 0) sentence(`A note that records nothing new (${prefix})`);
  flush();

  // Identical copies of some base records: merged, each is kept once.
  const copies = options.copies ?? 0;
  const copiedActors = base.actors.slice(0, Math.min(copies, base.actors.length));
  const copiedTopics = base.topics.slice(0, Math.min(copies, base.topics.length));
  return {
    id: `${prefix}-document`,
    title: `A later document (${prefix})`,
    sources,
    actors: [...JSON.parse(JSON.stringify(copiedActors)), ...actors],
    topics: [...JSON.parse(JSON.stringify(copiedTopics)), ...topics],
    events,
    commitments,
    claims,
    ...(accounts.length > 0 ? { accounts } : {}),
  };
}
