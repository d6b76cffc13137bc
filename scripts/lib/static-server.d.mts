export interface StaticServer {
  /** Site root as served, with the base and a trailing slash. */
  url: string;
  origin: string;
  port: number;
  close: () => Promise<void>;
}
export function startStaticServer(dir: string, options?: { port?: number; base?: string }): Promise<StaticServer>;
export function normaliseBase(base?: string): string;
