/** Placeholder replaced below. */
export function writeModelCard(_: unknown): void {}
