import { useState } from 'react';
import { Modal } from '../components/modal';

/** The words a review step asks for (退回意见, a reason), and what the step will do. */
export function ReviewNoteDialog({
  title,
  label,
  required,
  explain,
  onCancel,
  onConfirm,
}: {
  title: string;
  label: string;
  required: boolean;
  explain: string;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  const ready = !required || note.trim() !== '';
  return (
    <Modal title={title} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onConfirm(note.trim());
        }}
      >
        <p className="hint">{explain}</p>
        <label className="field">
          <span>{label}</span>
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={4}
            autoFocus
            required={required}
          />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="primary" disabled={!ready}>
            {title}
          </button>
        </div>
      </form>
    </Modal>
  );
}
