/** A copy of the typed array `a` in a new one of `size` elements (the rest zero): growing a column. */
export function grown<T extends Uint8Array | Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
