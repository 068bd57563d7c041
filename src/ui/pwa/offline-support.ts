// Whether this page can be installed for offline use, and what to tell the clerk. Service workers
// and persistent storage exist only in secure contexts (HTTPS, or http://localhost): an intranet
// server on plain HTTP (http://10.x.x.x/nianbao/) gets a working app that cannot open offline.

export type OfflineSupport = 'active' | 'pending' | 'insecure' | 'unsupported';

export type PageFacts = { secure: boolean; serviceWorkerApi: boolean; controlled: boolean };

export function pageFacts(): PageFacts {
  const sw = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker;
  return {
    secure: typeof window !== 'undefined' && window.isSecureContext === true,
    serviceWorkerApi: sw !== undefined,
    controlled: Boolean(sw?.controller),
  };
}

export function offlineSupport(facts: PageFacts): OfflineSupport {
  if (!facts.secure) return 'insecure';
  if (!facts.serviceWorkerApi) return 'unsupported';
  return facts.controlled ? 'active' : 'pending';
}

export const OFFLINE_TEXT: Record<OfflineSupport, { status: string; advice: string | null }> = {
  active: { status: '已可离线使用：断网时也能打开本工具，数据保存在本机。', advice: null },
  pending: {
    status: '正在准备离线使用：本页面打开片刻后即可断网使用。',
    advice: null,
  },
  insecure: {
    status: '本地址未使用 HTTPS，浏览器不允许离线安装；数据仍安全保存在本机',
    advice:
      '在联网时本工具照常使用，只是断网时打不开页面，浏览器也不批准持久存储（请定期「备份全部」）。' +
      '管理员可以为本站配置 HTTPS（单位内部证书即可，需在各电脑上信任该证书），之后用 https:// 开头的地址打开，即可离线使用。',
  },
  unsupported: {
    status: '本浏览器不支持离线安装（可能处于隐私模式或被策略禁用）；数据仍安全保存在本机。',
    advice: '请用普通窗口打开，或联系管理员检查浏览器策略。',
  },
};
