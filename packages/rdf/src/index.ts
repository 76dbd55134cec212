export { JSONLD_CONTEXT } from "./context";
export { RDF_FORMATS, type RdfFormat } from "./formats";
export { type FromRdfOptions, fromRdf } from "./fromRdf";
export { RDF_ERROR_CODES, RdfError, type RdfErrorCode, type RdfIssue } from "./rdfError";
export { type ToRdfOptions, toRdf } from "./toRdf";
export { CONTEXT_URL, DEFAULT_BASE, NAMESPACE, PREFIXES } from "./vocabulary";
export { type RdfWritable, type WriteRdfOptions, writeRdf } from "./writeRdf";
