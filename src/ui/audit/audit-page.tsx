/** 「批量审核」 — being built (issue 9). */
export function AuditPage() {
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">批量审核</h1>
    </section>
  );
}
