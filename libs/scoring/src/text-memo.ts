/**
 * A pure function of a cell's text, computed once per text. The same few hundred texts (`≥90%`, `4.5`, `＝12期`) fill
 * most forms; one-off amounts flood past them. Two small generations: when the recent table is full it becomes the
 * older one, so a text in use survives (a hit in the older table moves it back), and the one-off texts are dropped
 * young, before they cost the garbage collector anything (a single large table made a miss three times dearer).
 * Results are shared: they must be immutable (frozen objects, Decimals, strings).
 */
export function memoizeText<V>(compute: (text: string) => V, generationSize = 1000): (text: string) => V {
  return memoizeBy((text: string) => text, compute, generationSize);
}

/** memoizeText for a function of more than one text: `keyOf` names its arguments' texts in one string. */
export function memoizeBy<A extends unknown[], V>(keyOf: (...args: A) => string, compute: (...args: A) => V, generationSize = 1000): (...args: A) => V {
  let recent = new Map<string, V>();
  let older = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    const known = recent.get(key);
    if (known !== undefined) return known;
    let value = older.get(key);
    if (value === undefined) value = compute(...args);
    if (recent.size >= generationSize) {
      older = recent;
      recent = new Map();
    }
    recent.set(key, value);
    return value;
  };
}
