// The shipped SPARQL queries (examples/sparql/*.rq) with a question's ids written in: the tests
// and the bench ask them exactly as a user would after editing their VALUES lines.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_BASE } from "../packages/rdf/src/vocabulary";

export const SPARQL_QUERIES = [
  "agreedByAll",
  "commitmentsAbout",
  "unilateralCommitments",
  "discussedButNotAgreed",
  "accountsOf",
  "gradeOf",
] as const;
export type SparqlQuery = (typeof SPARQL_QUERIES)[number];

const folder = join(import.meta.dirname, "..", "examples", "sparql");

/** The text of a shipped query, as it is in examples/sparql/. */
export function sparqlText(name: SparqlQuery): string {
  return readFileSync(join(folder, `${name}.rq`), "utf8");
}

/**
 * The kind of record each query's VALUES variable names; `statement` values come with their
 * prefix already (`commitment:x` or `claim:x`).
 */
const KINDS: Record<SparqlQuery, Record<string, "actor" | "topic" | "statement">> = {
  agreedByAll: { party: "actor" },
  commitmentsAbout: { topic: "topic" },
  unilateralCommitments: { actor: "actor" },
  discussedButNotAgreed: { party: "actor" },
  accountsOf: { statement: "statement" },
  gradeOf: { statement: "statement" },
};

/** A question: the ids it names, by the VALUES variable they go in. */
export interface Question {
  readonly values: Readonly<Record<string, readonly string[]>>;
}

const KIND_PREFIX =
  /^PREFIX (actor|topic|commitment|claim): <https:\/\/w3id\.org\/accordkg\/id\/(actor|topic|commitment|claim)\/>$/gm;

/**
 * A shipped query with the question's ids in its VALUES blocks (written with the query's own
 * `actor:` and `topic:` prefixes, pointed at `base`), and HAVING counting as many parties.
 */
export function parameterize(
  name: SparqlQuery,
  question: Question,
  base = DEFAULT_BASE,
  text = sparqlText(name),
): string {
  let out = text.replace(
    KIND_PREFIX,
    (_, prefix: string) => `PREFIX ${prefix}: <${base}${prefix}/>`,
  );
  for (const [variable, values] of Object.entries(question.values)) {
    const kind = KINDS[name][variable];
    if (kind === undefined) throw new Error(`${name}: no parameter ?${variable}`);
    const block = new RegExp(`VALUES \\?${variable} \\{[^}]*\\}`, "g");
    if (!block.test(out)) throw new Error(`${name}: no VALUES ?${variable} block`);
    const names = values.map((id) => (kind === "statement" ? id : `${kind}:${id}`));
    out = out.replace(block, `VALUES ?${variable} { ${names.join(" ")} }`);
  }
  const parties = question.values.party;
  if (parties !== undefined)
    out = out.replace(
      /HAVING \(COUNT\(DISTINCT \?party\) = \d+\)/g,
      `HAVING (COUNT(DISTINCT ?party) = ${new Set(parties).size})`,
    );
  return out;
}
