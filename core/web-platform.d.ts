// The WHATWG URL query API, which Node and every browser provide as a global. The core's tsconfig has neither
// the DOM lib nor Node's types, so it declares the part it uses here; the root tsconfig (DOM + Node) does not
// include this file, so the two declarations never meet.
declare class URLSearchParams {
  constructor(init?: string | Record<string, string>);
  readonly size: number;
  get(name: string): string | null;
  set(name: string, value: string): void;
  has(name: string): boolean;
  toString(): string;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
