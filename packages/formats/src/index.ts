export {
  type AttributeSpec,
  type AttributeType,
  EDGE_ATTRIBUTES,
  type EdgeAttributeName,
  type FlatValue,
  NODE_ATTRIBUTES,
  type NodeAttributeName,
} from "./attributes";
export { XmlCharacterError, type XmlCharacterProblem } from "./errors";
export { type GexfOptions, toGexf, writeGexf } from "./gexf";
export { type GraphmlOptions, toGraphml, writeGraphml } from "./graphml";
export type { InvalidCharacters } from "./internal/xmlText";
export {
  type PloverAccount,
  type PloverCiteInfo,
  type PloverEntity,
  type PloverEvidence,
  type PloverExtension,
  type PloverLocation,
  type PloverOptions,
  type PloverRecord,
  type PloverTextInfo,
  type PloverTopic,
  ploverRecords,
  toPlover,
  writePlover,
} from "./plover";
export {
  PLOVER_CATEGORIES,
  PLOVER_CONTEXTS,
  PLOVER_VERSION,
  type PloverCategory,
  type PloverCoded,
  type PloverContext,
  ploverCategoryOf,
} from "./ploverVocabulary";
export type { TextWritable } from "./writable";
