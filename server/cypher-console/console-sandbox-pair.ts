// The console's warm standby: two sandboxes (console-sandbox.ts), each a low-priority Neo4j with its own copy of the
// main graph. Queries run on the active one; the standby serves nothing and follows the active one's copy in the
// background. When the active one is killed (a runaway that its termination could not stop) or dies on its own (out
// of memory), the standby — when it holds a copy — is promoted at once: the next query, and a query whose sandbox
// died under it (run again by the service), answer on it without waiting for a JVM to start. The dead one is
// restarted by its own supervision on its own store (no copy when the graph has not moved) and becomes the standby.
// Without a standby holding a copy (it is starting, or refreshing after a write), queries wait as with one sandbox.
import type { Database } from '../db/database.ts';
import type { ConsoleBackend, ConsoleTarget } from './console-backend.ts';
import { ConsoleSandbox, type SandboxOptions } from './console-sandbox.ts';
import type { WorkerConnection } from './worker-messages.ts';

export class SandboxPair implements ConsoleBackend {
  readonly kind = 'sandbox' as const;
  readonly connection: WorkerConnection;
  /** Times the standby took over (the active sandbox was killed or died). */
  promotions = 0;
  private activeIndex = 0;
  private following?: Promise<unknown>;
  private readonly deathListeners: (() => void)[] = [];

  private constructor(
    readonly sandboxes: readonly [ConsoleSandbox, ConsoleSandbox],
    private readonly log: (msg: string) => void,
  ) {
    this.connection = { uri: sandboxes[0].connection.uri, alternates: [sandboxes[1].connection.uri] };
    sandboxes.forEach((s, i) => s.onDeath(() => this.died(i)));
  }

  /**
   * Starts the first sandbox at once and the standby once the first holds its copy, so the two JVMs' starts and
   * copies do not compete for the CPU with each other (nor delay the console's first answer).
   */
  static launch(main: Database, first: SandboxOptions, second: SandboxOptions): SandboxPair {
    const a = ConsoleSandbox.launch(main, { ...first, index: 0 });
    const b = ConsoleSandbox.create(main, { ...second, index: 1 });
    const pair = new SandboxPair([a, b], first.log ?? (() => {}));
    a.whenReady(3_600_000).then(
      () => b.start(),
      () => b.start(),
    );
    return pair;
  }

  /** The sandbox queries run on now. */
  get active(): ConsoleSandbox {
    return this.sandboxes[this.activeIndex]!;
  }

  get standby(): ConsoleSandbox {
    return this.sandboxes[1 - this.activeIndex]!;
  }

  /** Resolves once the active sandbox is ready and, with `standby`, the standby holds the same copy (tests, benchmarks). */
  async whenReady(timeoutMs = 240_000, { standby = false } = {}): Promise<void> {
    const until = Date.now() + timeoutMs;
    await this.active.whenReady(timeoutMs);
    if (!standby) return;
    for (;;) {
      const s = this.standby;
      if (s.state === 'ready') {
        await s.whenReady(Math.max(1, until - Date.now()));
        if (s.copyMarker !== undefined && s.copyMarker === this.active.copyMarker) return;
      }
      if (Date.now() > until) throw new Error(`the standby sandbox was not ready within ${timeoutMs / 1000} s`);
      await new Promise((res) => setTimeout(res, 250));
    }
  }

  copiesHeld(): number {
    const marker = this.active.copyMarker;
    return this.sandboxes.filter((s) => s.holdsCopy && marker !== undefined && s.copyMarker === marker).length;
  }

  onDeath(listener: () => void): void {
    this.deathListeners.push(listener);
  }

  async prepare(): Promise<ConsoleTarget> {
    if (this.active.state !== 'ready' && this.standby.holdsCopy) this.promote('the active sandbox is down');
    const chosen = this.activeIndex;
    const target = await this.active.prepare();
    this.follow();
    // Killing a target kills that sandbox, and promotes the standby if it was the active one.
    return {
      ...target,
      kill: (reason) => this.kill(chosen, reason),
      covered: () => chosen === this.activeIndex && this.standby.holdsCopy,
    };
  }

  /** The standby refreshes its copy (in the background, one refresh at a time) when the active one's moved on. */
  private follow(): void {
    const s = this.standby;
    const marker = this.active.copyMarker; // undefined while the active one refreshes: the standby follows after it
    if (this.following || s.state !== 'ready' || marker === undefined || s.copyMarker === marker) return;
    this.following = s
      .prepare()
      .catch((err) =>
        this.log(`console standby sandbox: its copy failed (${(err as Error).message}); tried again later`),
      )
      .finally(() => (this.following = undefined));
  }

  private kill(index: number, reason: string): boolean {
    const killed = this.sandboxes[index]!.kill(reason);
    if (killed && index === this.activeIndex && this.standby.holdsCopy) this.promote('the active sandbox was killed');
    return killed;
  }

  /** A sandbox died on its own: the service blames a query only when it was the active one (the standby runs none). */
  private died(index: number): void {
    if (index !== this.activeIndex) return;
    if (this.standby.holdsCopy) this.promote('the active sandbox died');
    for (const listener of this.deathListeners) listener();
  }

  private promote(why: string): void {
    this.activeIndex = 1 - this.activeIndex;
    this.promotions++;
    this.log(
      `console sandbox: ${why}; its standby (${this.active.connection.uri}, copy at ${this.active.copyMarker}) takes over`,
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.sandboxes.map((s) => s.close()));
  }
}
