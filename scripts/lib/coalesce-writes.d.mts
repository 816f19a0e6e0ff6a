export function coalesceWrites(response: { write: (...args: never[]) => boolean; cork: () => void; uncork: () => void }): void;
