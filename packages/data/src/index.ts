export { AccordError, InvalidArgumentsError } from "./accordError";
export { Account, StatementKind } from "./account";
export { ACTOR_KINDS, Actor, ActorKind } from "./actor";
export { CLAIM_KINDS, Claim, ClaimKind } from "./claim";
export {
  type Agreement,
  COMMITMENT_KINDS,
  Commitment,
  CommitmentKind,
  type CommitmentOfKind,
} from "./commitment";
export { COLLECTIONS, type Collection, Dataset, type DatasetInput } from "./dataset";
export { DatasetError, type DatasetIssue, formatPath, type IssuePath } from "./datasetError";
export {
  type DefineDatasetOptions,
  defineDataset,
  defineDatasetFromJson,
  isDefinedDataset,
  type SafeDefineResult,
  safeDefineDataset,
  safeDefineDatasetFromJson,
} from "./defineDataset";
export { DATASET_ERROR_CODES, type DatasetErrorCode } from "./errorCodes";
export { EVENT_KINDS, Event, EventKind, Place } from "./event";
export { Evidence } from "./evidence";
export { EVIDENCE_GRADE_DEFINITIONS, EVIDENCE_GRADES, EvidenceGrade } from "./evidenceGrade";
export { geneva2021 } from "./geneva2021/index";
export { mergeDatasets } from "./mergeDatasets";
export {
  ID_PATTERN,
  Id,
  IsoDate,
  LANGUAGE_TAG_PATTERN,
  LanguageTag,
  LocalizedText,
  WIKIDATA_PATTERN,
  WikidataId,
} from "./primitives";
export type { FoundRecord, RecordKind, RecordLookup } from "./recordLookup";
export { Source } from "./source";
export { Corroboration } from "./statement";
export { Topic } from "./topic";
