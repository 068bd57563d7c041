// A page whose code loads on demand, shown without suspending once that code is in. React renders
// a React.lazy page's fallback at its first render even when the chunk is already loaded, and then
// holds the page back until 300 ms after that fallback appeared (its throttle for revealing
// suspended content): the 汇总 and a report opened ~300 ms late however fast their code and data
// were (issue 17 §3, seen in a performance trace). Preloaded, the page renders at once.
import { type ComponentType, type LazyExoticComponent, lazy, useState } from 'react';

export type OnDemand<P extends object> = {
  /** the page, once its code is in */
  loaded: () => ComponentType<P> | null;
  /** the page as React.lazy, for a first render before its code is in (under a Suspense) */
  lazy: LazyExoticComponent<ComponentType<P>>;
  /** loads the code now; offline and not cached, it loads when opened */
  preload: () => Promise<void>;
};

export function onDemandPage<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | null = null;
  const fetchPage = () =>
    load().then((page) => {
      loaded = page;
      return page;
    });
  return {
    loaded: () => loaded,
    lazy: lazy(() => fetchPage().then((page) => ({ default: page }))),
    preload: () =>
      fetchPage().then(
        () => undefined,
        () => undefined,
      ),
  };
}

/** Give each use its own `key`: the page is chosen once per mount (switching from the lazy wrapper
 * to the loaded page would remount it), so another page at the same place needs a new mount. */
export function OnDemandPage<P extends object>({ page, ...props }: { page: OnDemand<P> } & P) {
  const [Shown] = useState<ComponentType<P>>(() => page.loaded() ?? page.lazy);
  return <Shown {...(props as unknown as P)} />;
}
