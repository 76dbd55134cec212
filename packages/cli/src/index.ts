export { CliError, EXIT } from "./cliError";
export { estimateHeap, HEAP_PER_RECORD, type HeapEstimate, type HeapWork } from "./heap";
export { type CliIo, type CliStream, usesColour } from "./io";
export { type LocateQuoteOptions, locateQuote, type QuoteLocation } from "./locateQuote";
export { run } from "./run";
