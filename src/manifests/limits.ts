/** Bounds that keep one hostile file from taking the run's time or memory. */
export interface ParseLimits {
  /** Files larger than this are skipped with a note. */
  maxFileBytes: number;
  /** Files with more YAML documents than this are skipped with a note. */
  maxDocuments: number;
  /** Nesting deeper than this is not searched for pod specs. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxFileBytes: 32 * 1024 * 1024,
  maxDocuments: 20_000,
  maxDepth: 64,
};
