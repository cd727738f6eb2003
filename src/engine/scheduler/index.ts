export { schedule, MODERN_FILTERS, LEGACY_FILTERS, MODERN_SCORES, LEGACY_SCORES } from './schedule';
export type {
  FilterVerdict,
  NodeInfo,
  NodeTrace,
  SchedulingContext,
  SchedulingDecision,
  ScoreEntry,
} from './types';
export { NO_NODES_AVAILABLE, reasonHistogram } from './fitError';
