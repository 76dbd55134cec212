// A strict XML 1.0 reading of the exports (saxes: a conformant, non-validating parser that refuses
// what XML 1.0 forbids, unlike the lenient @xmldom/xmldom the graphology parsers use), into a
// small element tree, and structural checks of GEXF and GraphML documents on it. No XSD validator
// that runs without native code is available here (see the package README), so these checks state
// what the schemas require of the parts the exports use.
import { SaxesParser } from "saxes";

export interface XmlElement {
  readonly name: string;
  readonly uri: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses `xml` strictly (namespaces on); throws on any well-formedness error. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes))
      attributes[name] = attribute.value;
    const element: XmlElement = {
      name: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      text: "",
    };
    stack[stack.length - 1]?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (root === undefined) throw new Error("no root element");
  return root;
}

const only = (parent: XmlElement, name: string): XmlElement => {
  const found = parent.children.filter((child) => child.name === name);
  if (found.length !== 1) throw new Error(`<${parent.name}> has ${found.length} <${name}>`);
  return found[0] as XmlElement;
};
const all = (parent: XmlElement, name: string) =>
  parent.children.filter((child) => child.name === name);

const GEXF_TYPES = new Set([
  "integer",
  "long",
  "double",
  "float",
  "boolean",
  "string",
  "liststring",
  "listinteger",
  "listlong",
  "listdouble",
  "listfloat",
  "listboolean",
  "anyURI",
  "date",
]);

/** What the GEXF structure requires of the parts the export uses; returns the declared types. */
export function checkGexf(xml: string, version: "1.2" | "1.3") {
  const root = parseXml(xml);
  const ns = version === "1.3" ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
  if (root.name !== "gexf" || root.uri !== ns) throw new Error(`root is {${root.uri}}${root.name}`);
  if (root.attributes.version !== version) throw new Error("wrong version attribute");
  only(root, "meta");
  const graph = only(root, "graph");
  if (graph.attributes.defaultedgetype !== "directed") throw new Error("not directed");
  const declared: Record<"node" | "edge", Map<string, string>> = {
    node: new Map(),
    edge: new Map(),
  };
  for (const attributes of all(graph, "attributes")) {
    const cls = attributes.attributes.class as "node" | "edge";
    if (cls !== "node" && cls !== "edge") throw new Error(`attributes class ${cls}`);
    for (const attribute of all(attributes, "attribute")) {
      const { id, title, type } = attribute.attributes;
      if (id === undefined || title === undefined || type === undefined)
        throw new Error("attribute without id, title or type");
      if (!GEXF_TYPES.has(type)) throw new Error(`unknown GEXF type ${type}`);
      if (declared[cls].has(id)) throw new Error(`attribute ${id} declared twice`);
      declared[cls].set(id, type);
    }
  }
  const ids = new Set<string>();
  for (const node of all(only(graph, "nodes"), "node")) {
    const id = node.attributes.id as string;
    if (ids.has(id)) throw new Error(`node ${id} twice`);
    ids.add(id);
    for (const values of all(node, "attvalues"))
      for (const value of all(values, "attvalue"))
        if (!declared.node.has(value.attributes.for as string))
          throw new Error(`undeclared node attribute ${value.attributes.for}`);
  }
  const edgeIds = new Set<string>();
  for (const edge of all(only(graph, "edges"), "edge")) {
    const { id, source, target } = edge.attributes;
    if (id === undefined || edgeIds.has(id)) throw new Error(`edge id ${id}`);
    edgeIds.add(id);
    if (!ids.has(source as string) || !ids.has(target as string))
      throw new Error(`edge ${id} points outside the graph`);
    for (const values of all(edge, "attvalues"))
      for (const value of all(values, "attvalue"))
        if (!declared.edge.has(value.attributes.for as string))
          throw new Error(`undeclared edge attribute ${value.attributes.for}`);
  }
  return { declared, nodes: ids.size, edges: edgeIds.size };
}

const GRAPHML_TYPES = new Set(["boolean", "int", "long", "float", "double", "string"]);

/** What the GraphML schema requires of the parts the export uses; returns the declared keys. */
export function checkGraphml(xml: string) {
  const root = parseXml(xml);
  const ns = "http://graphml.graphdrawing.org/xmlns";
  if (root.name !== "graphml" || root.uri !== ns)
    throw new Error(`root is {${root.uri}}${root.name}`);
  // GraphML's content model: every <key> before the <graph>.
  const names = root.children.map((child) => child.name);
  if (names.lastIndexOf("key") > names.indexOf("graph")) throw new Error("a key after the graph");
  const keys = new Map<string, { for: string; name: string; type: string }>();
  for (const key of all(root, "key")) {
    const { id, for: domain, "attr.name": name, "attr.type": type } = key.attributes;
    if (id === undefined || keys.has(id)) throw new Error(`key id ${id}`);
    if (!["node", "edge", "graph", "all"].includes(domain as string))
      throw new Error(`for=${domain}`);
    if (!GRAPHML_TYPES.has(type as string)) throw new Error(`attr.type ${type}`);
    keys.set(id, { for: domain as string, name: name as string, type: type as string });
  }
  const graph = only(root, "graph");
  if (graph.attributes.edgedefault !== "directed") throw new Error("not directed");
  const checkData = (element: XmlElement, domain: string) => {
    for (const data of all(element, "data")) {
      const key = keys.get(data.attributes.key as string);
      if (key === undefined || (key.for !== domain && key.for !== "all"))
        throw new Error(`data ${data.attributes.key} not declared for ${domain}`);
      if (data.children.length > 0) throw new Error("data with child elements");
    }
  };
  const ids = new Set<string>();
  for (const node of all(graph, "node")) {
    const id = node.attributes.id as string;
    if (ids.has(id)) throw new Error(`node ${id} twice`);
    ids.add(id);
    checkData(node, "node");
  }
  const edgeIds = new Set<string>();
  for (const edge of all(graph, "edge")) {
    const { id, source, target } = edge.attributes;
    if (id === undefined || edgeIds.has(id)) throw new Error(`edge id ${id}`);
    edgeIds.add(id);
    if (!ids.has(source as string) || !ids.has(target as string))
      throw new Error(`edge ${id} points outside the graph`);
    checkData(edge, "edge");
  }
  if (graph.children.some((child) => !["node", "edge", "data", "desc"].includes(child.name)))
    throw new Error("unexpected element in <graph>");
  return { keys, nodes: ids.size, edges: edgeIds.size };
}
