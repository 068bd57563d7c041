// Test support: which React components rendered, by name, while tracking is on. It stands in for
// React DevTools (a `__REACT_DEVTOOLS_GLOBAL_HOOK__` installed by src/test-setup.ts before
// react-dom loads), so every component of the tree is seen, not only ones that count themselves.
// After each commit it walks the committed tree: a fiber that is not one of the previous commit's
// fibers was (re)processed in this commit, and it rendered if React ran its function
// (the PerformedWork flag) or mounted it. Fibers of a subtree React skipped are the very objects of
// the previous commit, so their stale flags are never read.

type Fiber = {
  tag: number;
  memoizedProps: unknown;
  type: unknown;
  flags: number;
  alternate: Fiber | null;
  child: Fiber | null;
  sibling: Fiber | null;
};
type FiberRoot = { current: Fiber };

// React's fiber tags (ReactWorkTags) of components, and its PerformedWork flag (ReactFiberFlags).
const FUNCTION = 0;
const CLASS = 1;
const FORWARD_REF = 11;
const MEMO = 14;
const SIMPLE_MEMO = 15;
const COMPONENT_TAGS = new Set([FUNCTION, CLASS, FORWARD_REF, MEMO, SIMPLE_MEMO]);
const PERFORMED_WORK = 1;

type Named = { displayName?: string; name?: string; render?: Named; type?: Named };

function nameOf(fiber: Fiber): string {
  const type = fiber.type as Named | null;
  const inner = fiber.tag === MEMO ? type?.type : fiber.tag === FORWARD_REF ? type?.render : type;
  return type?.displayName || inner?.displayName || inner?.name || 'Anonymous';
}

let tracking = false;
let previous = new Set<Fiber>();
const counts = new Map<string, number>();

function onCommit(root: FiberRoot): void {
  const seen = new Set<Fiber>();
  const stack: Fiber[] = [root.current];
  while (stack.length > 0) {
    const fiber = stack.pop()!;
    seen.add(fiber);
    if (
      tracking &&
      !previous.has(fiber) &&
      COMPONENT_TAGS.has(fiber.tag) &&
      // a MemoComponent wraps the fiber of its inner function: count the inner one only
      fiber.tag !== MEMO &&
      (fiber.alternate === null || (fiber.flags & PERFORMED_WORK) !== 0)
    ) {
      // Cells are told apart by their cell id: which cells rendered matters, not just how many.
      const cell = (fiber.memoizedProps as { cellId?: unknown } | null)?.cellId;
      const name = typeof cell === 'string' ? `${nameOf(fiber)}[${cell}]` : nameOf(fiber);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  previous = seen;
}

/** Installs the hook; must run before react-dom is first imported (src/test-setup.ts). */
export function installRenderTracker(): void {
  const g = globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown };
  if (g.__REACT_DEVTOOLS_GLOBAL_HOOK__) return;
  g.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberRoot: (_renderer: number, root: FiberRoot) => onCommit(root),
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
  };
}

export const renderTracker = {
  /** Counts from now on (the tree as committed so far is the baseline). */
  start(): void {
    counts.clear();
    tracking = true;
  },
  /** Stops counting; components by name (cells: `Name[cell id]`) → how many times they rendered. */
  stop(): Record<string, number> {
    tracking = false;
    return Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b)));
  },
};
