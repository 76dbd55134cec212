// The limit: what a hand-built index in plain JavaScript costs, with no graph around it. A
// `Map<actor, Set<commitment index>>` of agreements for the two-party question and a
// `Map<topic, Set<commitment index>>` for the topic question, both built straight from the
// generated records. They answer with the same semantics as `@accordkg/core` (see each function).
import type { DatasetInput } from "@accordkg/data";

type CommitmentInput = DatasetInput["commitments"][number];

export interface MapIndex {
  readonly commitments: readonly CommitmentInput[];
  /** Actor → itself, the actors it represents and those representing it (one hop). */
  readonly classOf: Map<string, string[]>;
  /** Actor → indexes of the agreements it is a party to. */
  readonly agreementsOf: Map<string, Set<number>>;
  /** Topic → indexes of the commitments about exactly it. */
  readonly aboutTopic: Map<string, Set<number>>;
  /** Topic → its direct subtopics. */
  readonly childrenOf: Map<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function addTo<K>(map: Map<K, Set<number>>, key: K, value: number) {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

export function buildMapIndex(dataset: DatasetInput): MapIndex {
  const classOf = new Map<string, string[]>();
  for (const actor of dataset.actors) classOf.set(actor.id, [actor.id]);
  for (const actor of dataset.actors)
    for (const other of actor.represents ?? []) {
      if (other === actor.id) continue;
      push(classOf, actor.id, other);
      push(classOf, other, actor.id);
    }
  const agreementsOf = new Map<string, Set<number>>();
  const aboutTopic = new Map<string, Set<number>>();
  dataset.commitments.forEach((commitment, i) => {
    if (commitment.kind === "agreement")
      for (const party of commitment.parties) addTo(agreementsOf, party, i);
    for (const topic of commitment.topics) addTo(aboutTopic, topic, i);
  });
  const childrenOf = new Map<string, string[]>();
  for (const topic of dataset.topics)
    if (topic.parent !== undefined) push(childrenOf, topic.parent, topic.id);
  return { commitments: dataset.commitments, classOf, agreementsOf, aboutTopic, childrenOf };
}

const EMPTY = new Set<number>();

/** The agreements of an actor's whole class (a fresh set only when the class has several). */
function classAgreements(index: MapIndex, actor: string): Set<number> {
  const members = index.classOf.get(actor) ?? [actor];
  if (members.length === 1) return index.agreementsOf.get(actor) ?? EMPTY;
  const out = new Set<number>();
  for (const member of members) for (const c of index.agreementsOf.get(member) ?? EMPTY) out.add(c);
  return out;
}

const inOrder = (index: MapIndex, found: number[]) =>
  found.sort((a, b) => a - b).map((i) => index.commitments[i] as CommitmentInput);

/** Agreements binding both actors' classes, in dataset order (the general order here). */
export function limitAgreedByAll(index: MapIndex, x: string, y: string): CommitmentInput[] {
  const a = classAgreements(index, x);
  const b = classAgreements(index, y);
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const found: number[] = [];
  for (const c of small) if (large.has(c)) found.push(c);
  return inOrder(index, found);
}

/** Commitments about the topic or any topic below it, in dataset order. */
export function limitCommitmentsAbout(index: MapIndex, topic: string): CommitmentInput[] {
  const found = new Set<number>();
  const stack = [topic];
  for (let t = stack.pop(); t !== undefined; t = stack.pop()) {
    for (const c of index.aboutTopic.get(t) ?? EMPTY) found.add(c);
    for (const child of index.childrenOf.get(t) ?? []) stack.push(child);
  }
  return inOrder(index, [...found]);
}
