import { useEffect, useState } from 'react';
import { OFFLINE_TEXT, offlineSupport, pageFacts } from '../pwa/offline-support';

/** 「离线使用」 in 设置: installed, on its way, or why not (plain HTTP) and what the administrator can do. */
export function OfflineStatus() {
  const [support, setSupport] = useState(() => offlineSupport(pageFacts()));
  useEffect(() => {
    const sw = navigator.serviceWorker;
    if (!sw) return;
    const update = () => setSupport(offlineSupport(pageFacts()));
    sw.addEventListener('controllerchange', update);
    return () => sw.removeEventListener('controllerchange', update);
  }, []);
  const text = OFFLINE_TEXT[support];
  return (
    <div className="panel" data-offline={support}>
      <h2>离线使用</h2>
      <p data-testid="offline-status">{text.status}</p>
      {text.advice && <p className="hint">{text.advice}</p>}
    </div>
  );
}
