import type { Node } from 'yaml';
import { mapAt, stringItems } from '../helpers.js';
import type { ContainerContext } from '../types.js';

/** A capability name the way the runtime reads it: upper case, without `CAP_`. */
export function capabilityName(text: string): string {
  const upper = text.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

/** The capabilities a container adds or drops, normalized, with their nodes. */
export function capabilities(
  context: ContainerContext,
  list: 'add' | 'drop',
): { name: string; text: string; node: Node }[] {
  const map = mapAt(
    context.container.node,
    ['securityContext', 'capabilities'],
    context.doc,
  );
  return stringItems(map, list, context.doc).map((item) => ({
    ...item,
    name: capabilityName(item.text),
  }));
}
