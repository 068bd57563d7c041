/** 「汇总」 — being built (issue 7). */
export function SummaryPage() {
  return (
    <section aria-labelledby="summary-title">
      <h1 id="summary-title">汇总</h1>
    </section>
  );
}
