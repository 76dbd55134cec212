export { accountsOf, type StatementAccount } from "./accountsOf";
export { type AgreedByAllOptions, agreedByAll } from "./agreedByAll";
export { buildGraph } from "./buildGraph";
export { commitmentsAbout } from "./commitmentsAbout";
export { type CommitmentsOfOptions, commitmentsOf } from "./commitmentsOf";
export { type ConnectionLink, type ConnectionStep, connection } from "./connection";
export { datasetOf } from "./datasetOf";
export { discussedButNotAgreed } from "./discussedButNotAgreed";
export { AccordError, InvalidArgumentsError, InvalidGraphError, NotFoundError } from "./errors";
export { type EvidenceSpan, evidenceOf } from "./evidenceOf";
export { extendGraph } from "./extendGraph";
export { gradeOf } from "./gradeOf";
export { type NeighborhoodEntry, neighborhood } from "./neighborhood";
export { nodeKey } from "./nodeKey";
export { type Perspective, type Perspectives, perspectives } from "./perspectives";
export { type AbortSignalLike, type PrepareSearchOptions, prepareSearch } from "./prepareSearch";
export { type SearchHit, type SearchMatch, search } from "./search";
export { sharedTopics } from "./sharedTopics";
export { statedBy } from "./statedBy";
export { topicsDiscussed } from "./topicsDiscussed";
export {
  type AccordGraph,
  type EdgeAttributes,
  type EvidenceEdgeAttributes,
  type LayoutAttributes,
  NODE_KINDS,
  type NodeAttributes,
  type NodeKind,
  RELATIONS,
  type RecordEntry,
  type Relation,
  type RelationEdgeAttributes,
  type Statement,
} from "./types";
export { type UnilateralCommitment, unilateralCommitments } from "./unilateralCommitments";
