import type { TextEdit } from '../engine/types.js';

/** What planning one fix intent gives: the edits, or why the fix cannot be made. */
export type PlanResult = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

/** How a scalar is written in the source. */
export type QuoteStyle = 'plain' | 'double' | 'single';
