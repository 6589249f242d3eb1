// What a person must never read in a document or a web page (SPEC §6, issue #9 item 5): the code's own names.
// Flag codes (SCREAMING_SNAKE), event and command names (PascalCase compounds), state names (self_scored …),
// JSON paths (indicators[0].actual, camelCase keys) and role codes in place of a role's name.

const PATTERNS: [string, RegExp][] = [
  ['flag code', /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g],
  ['event or command name', /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g],
  ['state name', /(?<![\w-])(?:draft|self_scored|signed_off|reviewed|published)(?![\w-])/g],
  ['snake_case name', /\b[a-z]+(?:_[a-z]+)+\b/g],
  ['JSON path', /\b[A-Za-z]+\[\d+\](?:\.\w+)*/g],
  ['camelCase key', /\b[a-z]+[A-Z][A-Za-z]*\b/g],
  // A role code shown as a role, `（system）`; a user name such as `reviewer` or `hn-preparer` is a name, not a code.
  ['role code', /[（(](?:preparer|reviewer|auditor|admin|system|head)[）)]/g],
  ['worker account', /jixiao-worker/g],
];

/** Every code identifier found in `text`, named by kind, e.g. `flag code: TARGET_FAR_EXCEEDED`. */
export function codeIdentifiersIn(text: string): string[] {
  return PATTERNS.flatMap(([kind, pattern]) => [...text.matchAll(pattern)].map((m) => `${kind}: ${m[0]}`));
}
