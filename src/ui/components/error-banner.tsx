/** A failed action's Chinese message, announced to screen readers; nothing when there is none. */
export function ErrorBanner({ message }: { message: string }) {
  if (!message) return null;
  return (
    <p className="banner error" role="alert">
      {message}
    </p>
  );
}
