import type { Check } from '../types.js';
import { imagePullPolicy } from './image-pull-policy.js';

/** Every check, in the order they are documented and reported. */
export const CHECKS: readonly Check[] = [imagePullPolicy];

export const CHECKS_BY_ID: ReadonlyMap<string, Check> = new Map(
  CHECKS.map((c) => [c.id, c]),
);

/** Ids that are findings of the engine itself rather than of a check module. */
export const ENGINE_CHECK_IDS = ['yaml-syntax'] as const;
