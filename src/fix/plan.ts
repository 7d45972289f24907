import type { FixIntent } from '../engine/types.js';
import { planAddField } from './plan-add-field.js';
import { planSetScalar } from './plan-set-scalar.js';
import type { PlanResult } from './types.js';

/** Turns one fix intent into text edits against `text`, in the file's own style. */
export function planIntent(text: string, intent: FixIntent): PlanResult {
  switch (intent.type) {
    case 'set-scalar':
      return planSetScalar(text, intent.node, intent.value);
    case 'add-field':
      return planAddField(
        text,
        intent.map,
        { key: intent.key, value: intent.value },
        intent.after,
      );
  }
}
