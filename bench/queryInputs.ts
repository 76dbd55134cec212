// The inputs every implementation is asked about, drawn once from the generated records with a
// seeded PRNG, so that every process of a run asks exactly the same questions.
import type { DatasetInput } from "@accordkg/data";
import { mulberry32, permutation, pick, type Random, randomInt } from "./random";

export interface QueryInputs {
  /** Two actors that are parties to one commitment, weighted by how often the pair occurs. */
  readonly pairs: readonly (readonly [string, string])[];
  readonly pairsWarmup: readonly (readonly [string, string])[];
  /** Distinct topics, drawn uniformly. */
  readonly topics: readonly string[];
  readonly topicsWarmup: readonly string[];
  /** Distinct actors, drawn uniformly: starting points of `neighborhood`. */
  readonly actors: readonly string[];
  readonly actorsWarmup: readonly string[];
  /** What people type: names, labels, prefixes and words, in English and Arabic. */
  readonly searches: readonly string[];
  readonly searchesWarmup: readonly string[];
}

export interface QueryCounts {
  pairs: number;
  topics: number;
  actors: number;
  searches: number;
}

export const DEFAULT_COUNTS: QueryCounts = { pairs: 1000, topics: 200, actors: 200, searches: 300 };

function samplePairs(random: Random, dataset: DatasetInput, count: number) {
  const shared = dataset.commitments.filter((c) => c.parties.length >= 2);
  const out: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const { parties } = pick(random, shared);
    const first = randomInt(random, parties.length);
    let second = randomInt(random, parties.length - 1);
    if (second >= first) second++;
    out.push([parties[first] as string, parties[second] as string]);
  }
  return out;
}

/** `count` distinct ids (all of them, then repeats, if there are fewer). */
function sampleDistinct(random: Random, ids: readonly string[], count: number): string[] {
  const order = permutation(random, ids.length);
  return Array.from({ length: count }, (_, i) => ids[order[i % ids.length] as number] as string);
}

const STOP_WORDS = new Set([
  ...["agreed", "against", "concerning", "described", "demanded", "discussed", "every", "intend"],
  ...["must", "other", "pledged", "proposed", "said", "side", "state", "talks", "that", "they"],
  ...["warned", "with", "الآخر", "الطرف", "المحادثات", "بأنها", "دولة", "ينوون"],
]);

function sampleSearches(random: Random, dataset: DatasetInput, count: number): string[] {
  const out: string[] = [];
  // Words people would look for: not the connecting words of the generator's sentences.
  const words = (text: string) => {
    const found = text
      .split(/\s+/)
      .filter((w) => w.length >= 4 && !STOP_WORDS.has(w.toLowerCase()));
    return found.length > 0 ? found : [text];
  };
  for (let i = 0; i < count; i++) {
    const actor = pick(random, dataset.actors);
    const topic = pick(random, dataset.topics);
    const commitment = pick(random, dataset.commitments);
    switch (i % 6) {
      case 0: // an actor's whole name, either language
        out.push(random() < 0.5 ? actor.name.en : (actor.name.ar ?? actor.name.en));
        break;
      case 1: // a topic label
        out.push(random() < 0.5 ? topic.label.en : (topic.label.ar ?? topic.label.en));
        break;
      case 2: // the start of a name, as typed so far
        out.push(actor.name.en.slice(0, 3 + randomInt(random, 3)).toLowerCase());
        break;
      case 3: // a word of a summary
        out.push(pick(random, words(commitment.summary.en)));
        break;
      case 4: // an Arabic word of a summary, when there is one
        out.push(pick(random, words(commitment.summary.ar ?? commitment.summary.en)));
        break;
      default:
        {
          // two words of a summary
          const list = words(commitment.summary.en);
          const at = randomInt(random, Math.max(1, list.length - 1));
          out.push(list.slice(at, at + 2).join(" "));
        }
        break;
    }
  }
  return out;
}

/** The query inputs for `dataset`; the same seed and dataset give the same inputs. */
export function sampleQueryInputs(
  dataset: DatasetInput,
  seed: number,
  counts: QueryCounts = DEFAULT_COUNTS,
): QueryInputs {
  const random = mulberry32(seed ^ 0x5eed);
  const actorIds = dataset.actors.map((a) => a.id);
  const topicIds = dataset.topics.map((t) => t.id);
  return {
    pairs: samplePairs(random, dataset, counts.pairs),
    pairsWarmup: samplePairs(random, dataset, Math.ceil(counts.pairs / 10)),
    topics: sampleDistinct(random, topicIds, counts.topics),
    topicsWarmup: sampleDistinct(random, topicIds, Math.ceil(counts.topics / 4)),
    actors: sampleDistinct(random, actorIds, counts.actors),
    actorsWarmup: sampleDistinct(random, actorIds, Math.ceil(counts.actors / 4)),
    searches: sampleSearches(random, dataset, counts.searches),
    searchesWarmup: sampleSearches(random, dataset, Math.ceil(counts.searches / 10)),
  };
}
