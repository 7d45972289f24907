import { isScalar, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { TextEdit } from '../engine/types.js';
import { formatKey, formatScalar, quoteStyleOf } from './scalar-style.js';
import { indentBefore, lineEnd, newlineNear, startsLine } from './text-lines.js';
import type { PlanResult, QuoteStyle } from './types.js';

interface Field {
  key: string;
  value: string;
}

/** A pair of the mapping's own (not merged) items whose key is a plain string. */
interface OwnPair {
  key: YamlNode & { range: [number, number, number] };
  value: YamlNode | null;
}

/**
 * Inserts `key: value` into a mapping, in the mapping's own layout: a new line at the
 * mapping's indentation for block mappings, a member inside the braces for flow
 * mappings and JSON. The new field goes right after the first of `after` that the
 * mapping has as its own key, else after its last item.
 */
export function planAddField(
  text: string,
  map: YAMLMap,
  field: Field,
  after: readonly string[] = [],
): PlanResult {
  const own = ownPairs(map);
  if (own.some((pair) => keyOf(pair) === field.key)) {
    return { ok: true, edits: [] };
  }
  if (!map.range) return { ok: false, reason: 'the mapping has no source position' };
  if (map.flow) return planFlow(text, map, own, field, after);
  if (own.length === 0) {
    return { ok: false, reason: 'the mapping has no field of its own to write next to' };
  }
  return planBlock(text, own, field, after);
}

function planBlock(
  text: string,
  own: OwnPair[],
  field: Field,
  after: readonly string[],
): PlanResult {
  const reference = referencePair(own, after);
  // Every key of a block mapping sits in one column; a key that starts its line gives
  // it without the `- ` of a compact sequence item in the way.
  const lined = own.find((pair) => startsLine(text, pair.key.range[0])) ?? reference;
  const indent = indentBefore(text, lined.key.range[0]);
  const line = member(field, quoteStyleOf(reference.key), ': ');
  const end = endOf(reference);

  if (end > 0 && text[end - 1] === '\n') {
    // Block collections and block scalars end at the start of the next line.
    const newline = end > 1 && text[end - 2] === '\r' ? '\r\n' : '\n';
    return { ok: true, edits: [{ start: end, end, text: `${indent}${line}${newline}` }] };
  }
  // A scalar ends mid-line: the new line follows whatever comment ends that line.
  const at = lineEnd(text, end);
  return {
    ok: true,
    edits: [{ start: at, end: at, text: `${newlineNear(text, end)}${indent}${line}` }],
  };
}

function planFlow(
  text: string,
  map: YAMLMap,
  own: OwnPair[],
  field: Field,
  after: readonly string[],
): PlanResult {
  const [mapStart] = map.range ?? [0];
  if (own.length === 0) {
    if (map.items.length > 0 || text[mapStart] !== '{') {
      return { ok: false, reason: 'the flow mapping has no field of its own to follow' };
    }
    const style: QuoteStyle = /^\s*[[{]/.test(text) ? 'double' : 'plain';
    const edit = {
      start: mapStart + 1,
      end: mapStart + 1,
      text: member(field, style, ': '),
    };
    return { ok: true, edits: [edit] };
  }

  const reference = referencePair(own, after);
  const style = quoteStyleOf(reference.key);
  const written = member(field, style, separatorOf(text, reference));
  const end = endOf(reference);
  const inline: TextEdit[] = [{ start: end, end, text: `, ${written}` }];
  if (!startsLine(text, reference.key.range[0])) return { ok: true, edits: inline };

  // One member per line (JSON, or a long flow mapping): the new member gets its own
  // line at the reference key's indentation, after the reference's comma and comment.
  const indent = indentBefore(text, reference.key.range[0]);
  const newline = newlineNear(text, end);
  const rest = text.slice(end, lineEnd(text, end));
  const comma = /^[ \t]*,/.exec(rest);
  if (comma) {
    const tail = rest.slice(comma[0].length);
    if (!/^[ \t]*(#.*)?$/.test(tail)) return { ok: true, edits: inline };
    const at = lineEnd(text, end);
    return {
      ok: true,
      edits: [{ start: at, end: at, text: `${newline}${indent}${written},` }],
    };
  }
  if (!/^[ \t]*(#.*)?$/.test(rest)) return { ok: true, edits: inline };
  // The reference is the last member: it gains the comma, the new member a line.
  const at = lineEnd(text, end);
  const line = `${newline}${indent}${written}`;
  if (at === end) return { ok: true, edits: [{ start: end, end, text: `,${line}` }] };
  return {
    ok: true,
    edits: [
      { start: end, end, text: ',' },
      { start: at, end: at, text: line },
    ],
  };
}

function ownPairs(map: YAMLMap): OwnPair[] {
  const pairs: OwnPair[] = [];
  for (const item of map.items as Pair<unknown, unknown>[]) {
    if (!isScalar(item.key) || !item.key.range) continue;
    pairs.push({
      key: item.key as OwnPair['key'],
      value: (item.value ?? null) as YamlNode | null,
    });
  }
  return pairs;
}

function keyOf(pair: OwnPair): unknown {
  return isScalar(pair.key) ? pair.key.value : undefined;
}

function referencePair(own: OwnPair[], after: readonly string[]): OwnPair {
  for (const name of after) {
    const found = own.find((pair) => keyOf(pair) === name && keyOf(pair) !== '<<');
    if (found) return found;
  }
  // The last item in source order, which is not always the last in the list.
  return own.reduce((last, pair) => (endOf(pair) > endOf(last) ? pair : last));
}

/** Where the pair's value ends, before any comment; the key's end for an empty value. */
function endOf(pair: OwnPair): number {
  const valueEnd = pair.value?.range?.[1] ?? 0;
  return Math.max(pair.key.range[1], valueEnd);
}

/** The key-value separator the reference member uses (`: `, `:`, ` : `). */
function separatorOf(text: string, pair: OwnPair): string {
  const valueStart = pair.value?.range?.[0];
  if (valueStart === undefined) return ': ';
  const between = text.slice(pair.key.range[1], valueStart);
  return /^[ \t]*:[ \t]*$/.test(between) ? between : ': ';
}

function member(field: Field, style: QuoteStyle, separator: string): string {
  return `${formatKey(field.key, style)}${separator}${formatScalar(field.value, style)}`;
}
