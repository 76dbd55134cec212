// Writers of `RdfNode`s into text, one node at a time: quads through n3's Writer (Turtle, TriG,
// N-Quads), and JSON-LD objects through JSON.stringify. Both write to a `Sink`, so the same code
// fills a string (toRdf) or a stream (writeRdf).
import type { LocalizedText } from "@accordkg/data";
import { DataFactory, type Quad_Graph, type Quad_Object, Writer } from "n3";
import { JSONLD_CONTEXT } from "../context";
import type { RdfFormat } from "../formats";
import {
  CLASSES,
  GRADES,
  PREFIXES,
  RDF_FIRST,
  RDF_NIL,
  RDF_REST,
  RDF_TYPE,
  TERMS,
  type Term,
  XSD,
} from "../vocabulary";
import type { PropertyValue, RdfNode, TextValue } from "./describe";
import { IRI_KINDS, type Iris } from "./iris";

const { namedNode, literal, blankNode, defaultGraph } = DataFactory;
const DEFAULT_GRAPH = defaultGraph();

/** Where text goes: a string being built, or a stream's buffer. */
export interface Sink {
  write(chunk: string): void;
}

/**
 * Collects the writers' many small chunks (n3 writes a few per quad) into pieces of about
 * `CHUNK` UTF-16 code units: joining a million tiny strings at once cost toRdf three times
 * writeRdf's time in garbage collection.
 */
export class Pieces implements Sink {
  static readonly CHUNK = 1 << 16;
  private pending: string[] = [];
  private size = 0;
  /** Full pieces, ready to be taken. */
  readonly done: string[] = [];

  write(chunk: string): void {
    this.pending.push(chunk);
    this.size += chunk.length;
    if (this.size >= Pieces.CHUNK) this.close();
  }

  /** Makes what is pending a piece of its own. */
  close(): void {
    if (this.size === 0) return;
    this.done.push(this.pending.join(""));
    this.pending = [];
    this.size = 0;
  }

  /** Takes the full pieces (leaving what is pending). */
  take(): string[] {
    return this.done.splice(0, this.done.length);
  }
}

export interface Emitter {
  node(node: RdfNode): void;
  /** Writes what closes the document; the emitter takes no node after. */
  end(): void;
}

export function emitterFor(format: RdfFormat, sink: Sink, iris: Iris): Emitter {
  return format === "json-ld" ? new JsonLdEmitter(sink, iris) : new QuadEmitter(format, sink, iris);
}

// Named nodes of the vocabulary, made once.
const TYPE = namedNode(RDF_TYPE);
const FIRST = namedNode(RDF_FIRST);
const REST = namedNode(RDF_REST);
const NIL = namedNode(RDF_NIL);
const CLASS_NODES = new Map(Object.entries(CLASSES).map(([name, iri]) => [name, namedNode(iri)]));
const PREDICATES = new Map(Object.values(TERMS).map((term) => [term.iri, namedNode(term.iri)]));
const DATATYPES = {
  integer: namedNode(XSD.integer),
  nonNegativeInteger: namedNode(XSD.nonNegativeInteger),
  date: namedNode(XSD.date),
  anyURI: namedNode(XSD.anyURI),
  language: namedNode(XSD.language),
} as const;

const N3_FORMATS = { turtle: "Turtle", trig: "TriG", "n-quads": "N-Quads" } as const;

/** The short name the JSON-LD context gives each class and grade IRI. */
const VOCAB_NAMES = new Map<string, string>(
  [...Object.entries(CLASSES), ...Object.entries(GRADES)].map(([name, iri]) => [iri, name]),
);

class QuadEmitter implements Emitter {
  private readonly writer: Writer;
  private readonly lineMode: boolean;
  private readonly withGraphs: boolean;
  private lists = 0;

  constructor(format: Exclude<RdfFormat, "json-ld">, sink: Sink, iris: Iris) {
    this.lineMode = format === "n-quads";
    this.withGraphs = format !== "turtle";
    const prefixes: Record<string, string> = { ...PREFIXES };
    for (const kind of IRI_KINDS) prefixes[kind] = iris.namespace(kind);
    // n3 writes each quad to this object as it is added: no quad is kept.
    const output = {
      write(chunk: string, _encoding?: string, done?: () => void) {
        sink.write(chunk);
        done?.();
      },
      end(done?: () => void) {
        done?.();
      },
    };
    this.writer = new Writer(output as unknown as NodeJS.WritableStream, {
      format: N3_FORMATS[format],
      ...(this.lineMode ? {} : { prefixes }),
      end: false,
    });
  }

  node(node: RdfNode): void {
    const subject = namedNode(node.iri);
    const graph = this.withGraphs ? namedNode(node.graph) : DEFAULT_GRAPH;
    // Terms straight to the writer: no Quad object per quad (a million commitments are 56
    // million quads).
    const add = (predicate: ReturnType<typeof namedNode>, object: Quad_Object) =>
      this.writer.addQuad(subject, predicate, object, graph);
    for (const type of node.types) add(TYPE, CLASS_NODES.get(type) as ReturnType<typeof namedNode>);
    for (const { term: name, value } of node.properties) {
      const term: Term = TERMS[name];
      const predicate = PREDICATES.get(term.iri) as ReturnType<typeof namedNode>;
      if (term.kind === "refList" || term.kind === "stringList") {
        const items = (value as readonly string[]).map((item) =>
          term.kind === "refList" ? namedNode(item) : literal(item),
        );
        add(predicate, this.list(items, graph));
      } else for (const object of objectsOf(term, value)) add(predicate, object);
    }
  }

  /** An `rdf:List`: written `( … )` in Turtle and TriG, as first/rest triples in N-Quads. */
  private list(items: Quad_Object[], graph: Quad_Graph): Quad_Object {
    if (items.length === 0) return NIL;
    if (!this.lineMode) return this.writer.list(items) as unknown as Quad_Object;
    const nodes = items.map(() => blankNode(`l${this.lists++}`));
    items.forEach((item, i) => {
      const node = nodes[i] as ReturnType<typeof blankNode>;
      this.writer.addQuad(node, FIRST, item, graph);
      this.writer.addQuad(node, REST, nodes[i + 1] ?? NIL, graph);
    });
    return nodes[0] as ReturnType<typeof blankNode>;
  }

  end(): void {
    this.writer.end();
  }
}

function objectsOf(term: Term, value: PropertyValue): Quad_Object[] {
  switch (term.kind) {
    case "ref":
    case "vocab":
      return (typeof value === "string" ? [value] : (value as readonly string[])).map((iri) =>
        namedNode(iri),
      );
    case "string":
      return (typeof value === "string" ? [value] : (value as readonly string[])).map((text) =>
        literal(text),
      );
    case "localized": {
      const { en, ar } = value as LocalizedText;
      return ar === undefined ? [literal(en, "en")] : [literal(en, "en"), literal(ar, "ar")];
    }
    case "text": {
      const text = value as TextValue;
      return [literal(text.value, text.language)];
    }
    case "integer":
    case "nonNegativeInteger":
      return [literal(String(value), DATATYPES[term.kind])];
    case "date":
    case "anyURI":
    case "language":
      return [literal(value as string, DATATYPES[term.kind])];
    default:
      throw new Error(`objectsOf: a ${term.kind} is written as a list`);
  }
}

class JsonLdEmitter implements Emitter {
  private readonly sink: Sink;
  private readonly iris: Iris;
  private graph: string | undefined;

  constructor(sink: Sink, iris: Iris) {
    this.sink = sink;
    this.iris = iris;
    // The context is embedded, then the base the record IRIs are relative to.
    const head = JSON.stringify({ "@context": [JSONLD_CONTEXT, { "@base": iris.base }] });
    sink.write(`${head.slice(0, -1)},\n"@graph": [\n`);
  }

  /** A record IRI relative to the base, `wd:Q6279` for Wikidata, else the IRI itself. */
  private compact(iri: string): string {
    if (iri.startsWith(this.iris.base)) return iri.slice(this.iris.base.length);
    if (iri.startsWith(PREFIXES.wd)) return `wd:${iri.slice(PREFIXES.wd.length)}`;
    if (iri.startsWith(PREFIXES.oa)) return `oa:${iri.slice(PREFIXES.oa.length)}`;
    return iri;
  }

  node(node: RdfNode): void {
    // Consecutive nodes of one named graph share one graph object.
    if (node.graph !== this.graph) {
      const opening = JSON.stringify({ "@id": this.compact(node.graph) }).slice(0, -1);
      this.sink.write(`${this.graph === undefined ? "" : "\n]},\n"}${opening}, "@graph": [\n`);
      this.graph = node.graph;
    } else this.sink.write(",\n");
    const object: Record<string, unknown> = {
      "@id": this.compact(node.iri),
      "@type": node.types.length === 1 ? node.types[0] : node.types,
    };
    for (const { term: name, value } of node.properties) {
      const term: Term = TERMS[name];
      object[name] = this.jsonOf(term, value);
    }
    this.sink.write(JSON.stringify(object));
  }

  private jsonOf(term: Term, value: PropertyValue): unknown {
    switch (term.kind) {
      case "ref":
      case "refList":
        return typeof value === "string"
          ? this.compact(value)
          : (value as readonly string[]).map((iri) => this.compact(iri));
      case "vocab":
        // The context names the class or grade: `"framedAs": "Agreement"`, `"grade": "joint"`.
        return VOCAB_NAMES.get(value as string) ?? value;
      case "text": {
        const text = value as TextValue;
        return { "@value": text.value, "@language": text.language };
      }
      default:
        // Strings, numbers and language maps are written as they are: the context types them.
        return value;
    }
  }

  end(): void {
    this.sink.write(this.graph === undefined ? "]}\n" : "\n]}\n]}\n");
  }
}
