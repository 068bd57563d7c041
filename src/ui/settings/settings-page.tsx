import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { OTHER_MATTERS_KEYS, type OtherMattersKey } from '../../domain/report/keys';
import { BROWSER_USE_LABELS, OTHER_MATTERS_LABELS } from '../../domain/report/labels';
import type { BrowserUse } from '../../domain/review/roles';
import { storageEstimate } from '../../storage/persistence';
import { useRepository } from '../hooks/use-repository';
import { OfflineStatus } from './offline-status';
import { SigningKeys } from './signing-keys';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function SettingsPage() {
  const repo = useRepository();
  const settings = useLiveQuery(() => repo.getSettings(), [repo]);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  useEffect(() => {
    void storageEstimate().then(setEstimate);
  }, []);
  if (!settings) return <p className="muted">正在读取设置…</p>;
  const toggle = (k: OtherMattersKey, on: boolean) => {
    const set = new Set(settings.requiredOtherMatters);
    if (on) set.add(k);
    else set.delete(k);
    void repo.saveSettings({ requiredOtherMatters: OTHER_MATTERS_KEYS.filter((x) => set.has(x)) });
  };
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">设置</h1>
      <div className="panel">
        <label className="field">
          <span>您的姓名</span>
          <span className="hint">提交、退回、审定和批注时记录的姓名。</span>
          <input
            defaultValue={settings.reviewerName}
            onBlur={(e) => void repo.saveSettings({ reviewerName: e.target.value.trim() })}
            size={20}
          />
        </label>
      </div>
      <BrowserUsePanel
        use={settings.browserUse}
        onChange={(browserUse) => void repo.saveSettings({ browserUse })}
      />
      <div className="panel">
        <fieldset className="plain">
          <legend className="field-label">「六、其他需要报告的事项」中必须填写的分项</legend>
          <p className="hint">
            各省要求不同：有的要求七项全部填写，有的只要求（一）。未填写的必填分项会给出警告。
          </p>
          {OTHER_MATTERS_KEYS.map((k) => (
            <label key={k} style={{ display: 'flex', gap: '0.4rem' }}>
              <input
                type="checkbox"
                checked={settings.requiredOtherMatters.includes(k)}
                onChange={(e) => toggle(k, e.target.checked)}
              />
              {OTHER_MATTERS_LABELS[k]}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="panel">
        <h2>数据存储</h2>
        <p>
          所有报告只保存在本浏览器的 IndexedDB
          中，不会上传到任何服务器。更换电脑或清理浏览器数据前，请在报告列表中「备份全部」。
        </p>
        <p data-testid="persist-status">
          持久存储：
          {settings.persistGranted === true
            ? '已获浏览器批准（浏览器不会自动清除本工具的数据）'
            : settings.persistGranted === false
              ? '浏览器未批准（磁盘空间紧张时浏览器可能清除数据，请定期备份）'
              : window.isSecureContext
                ? '本浏览器不支持或尚未申请'
                : '本地址未使用 HTTPS，浏览器不提供持久存储（请定期备份）'}
        </p>
        <p data-testid="storage-usage">
          已用空间：{estimate ? `${mb(estimate.usage)}（可用上限约 ${mb(estimate.quota)}）` : '无法获取'}
        </p>
      </div>
      <SigningKeys use={settings.browserUse} />
      <OfflineStatus />
    </section>
  );
}

/**
 * 填报 / 审核 / both (issue 15). A clerk's browser sees its own reports and hands them over; a
 * reviewer's browser receives the units' reports, comments, 退回 and 审定 them. At least one stays on.
 */
function BrowserUsePanel({
  use: stored,
  onChange,
}: {
  use: BrowserUse;
  onChange: (use: BrowserUse) => void;
}) {
  // Shown at once, saved in the background (the stored value follows through the live query).
  const [use, setUse] = useState(stored);
  useEffect(() => setUse(stored), [stored]);
  const set = (key: keyof BrowserUse, on: boolean) => {
    const next = { ...use, [key]: on };
    if (!next.fill && !next.review) return;
    setUse(next);
    onChange(next);
  };
  return (
    <div className="panel">
      <fieldset className="plain" data-setting="browser-use">
        <legend className="field-label">本浏览器用于</legend>
        <p className="hint">
          「{BROWSER_USE_LABELS.fill}」：填写本单位的报告，提交审核后把送审文件发给政务公开办；「
          {BROWSER_USE_LABELS.review}」：导入各单位发来的送审文件，批注、退回或审定。两项都选时，
          导入的待审核文件作为收到的报告。
        </p>
        {(['fill', 'review'] as const).map((k) => (
          <label key={k} style={{ display: 'flex', gap: '0.4rem' }}>
            <input
              type="checkbox"
              checked={use[k]}
              disabled={use[k] && !use[k === 'fill' ? 'review' : 'fill']}
              onChange={(e) => set(k, e.target.checked)}
            />
            {BROWSER_USE_LABELS[k]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
