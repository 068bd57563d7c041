// The service worker's two notices (issue 8): 「已可离线使用」 once the app is cached, and
// 「有新版本」 when a newer build is waiting. The first is not shown where the browser refuses
// storage (storage-refused.ts): nothing is kept there. The new version never takes over on its
// own: a reload could drop an edit still being typed, so it waits for 「立即更新」 (registerType 'prompt').

import { useRegisterSW } from 'virtual:pwa-register/react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { storageRefused, subscribeStorageRefused } from '../../storage/storage-refused';
import { watchFocusUnder } from './dodge-focus';
import './update-prompt.css';

/** How often an open tab asks the server for a newer build (only while online and visible). */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** The 「已可离线使用」 notice hides itself after this long; it is also dismissable at once. */
export const OFFLINE_READY_NOTICE_MS = 10_000;

/** Mount ONCE, outside anything that remounts (the hook registers the worker when first rendered). */
export function UpdatePrompt() {
  // Set when THIS tab asked for the update: only then may the worker's takeover reload it.
  const requested = useRef(false);
  const [otherTabUpdated, setOtherTabUpdated] = useState(false);
  // 「数据保存在本机」 would be false where the browser refuses storage: the error page says why.
  const refused = useSyncExternalStore(subscribeStorageRefused, storageRefused);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload() {
      // The new worker took control. Another tab's 「立即更新」 reaches this tab too: do not reload
      // it under the user's hands; ask instead (its old code may miss chunks of the new build).
      if (requested.current) window.location.reload();
      else setOtherTabUpdated(true);
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine && document.visibilityState === 'visible')
          void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_INTERVAL_MS);
    },
    onRegisterError() {
      // No worker (private window, file://, blocked by policy): the app still works while online.
    },
  });

  useEffect(() => {
    if (!offlineReady) return;
    const t = window.setTimeout(() => setOfflineReady(false), OFFLINE_READY_NOTICE_MS);
    return () => window.clearTimeout(t);
  }, [offlineReady, setOfflineReady]);

  // A notice over the field the clerk is typing into steps aside in place (dodge-focus.ts).
  const area = useRef<HTMLDivElement>(null);
  const [aside, setAside] = useState(false);
  const shown = otherTabUpdated || needRefresh || (offlineReady && !refused);
  useEffect(() => {
    if (!shown || !area.current) return;
    const stop = watchFocusUnder(area.current, setAside);
    return () => {
      stop();
      setAside(false);
    };
  }, [shown]);

  const update = async () => {
    requested.current = true;
    // Leaving the focused field commits a grid cell being edited and flushes autosave (focusout);
    // the editor's beforeunload guard still asks if a write is pending when the page reloads.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    await new Promise((resolve) => window.setTimeout(resolve, 150));
    await updateServiceWorker(true);
  };

  return (
    <div
      ref={area}
      className={`pwa-toast-area${aside ? ' aside' : ''}`}
      role="status"
      aria-live="polite"
      data-aside={aside ? 'true' : undefined}
    >
      {otherTabUpdated ? (
        <div className="pwa-toast" data-pwa="reload">
          <p className="pwa-toast-title">新版本已在其他窗口启用</p>
          <p>请刷新本页面以使用新版本。刷新前已填写的内容会自动保存。</p>
          <div className="pwa-toast-actions">
            <button type="button" onClick={() => setOtherTabUpdated(false)}>
              稍后
            </button>
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              刷新
            </button>
          </div>
        </div>
      ) : needRefresh ? (
        <div className="pwa-toast" data-pwa="need-refresh">
          <p className="pwa-toast-title">有新版本</p>
          <p>更新会重新加载页面，已填写的内容会先自动保存。</p>
          <div className="pwa-toast-actions">
            <button type="button" onClick={() => setNeedRefresh(false)}>
              稍后
            </button>
            <button type="button" className="primary" onClick={() => void update()}>
              立即更新
            </button>
          </div>
        </div>
      ) : offlineReady && !refused ? (
        <div className="pwa-toast passive" data-pwa="offline-ready">
          <p>已可离线使用：断网时也能打开本工具，数据保存在本机。</p>
          <div className="pwa-toast-actions">
            <button type="button" onClick={() => setOfflineReady(false)}>
              知道了
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
