// Severity → icon, label and CSS class live here only (one config object, not per component).
export const SEVERITY_CONFIG = {
  error: { icon: '✖', label: '错误', className: 'error' },
  warning: { icon: '▲', label: '警告', className: 'warning' },
  info: { icon: 'ℹ', label: '提示', className: 'info' },
} as const;
export type SeverityKey = keyof typeof SEVERITY_CONFIG;
