/**
 * `text` if it is at most `max` characters (UTF-16 units, as GitHub counts them), else
 * its start and `…` in `max`. A cut never splits a surrogate pair: half an emoji is not
 * valid Unicode, and the API would show it as a replacement character.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
