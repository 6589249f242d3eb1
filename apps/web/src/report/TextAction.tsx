import { useState, type FormEvent } from 'react';

interface Props {
  label: string;
  button: string;
  busy: boolean;
  onSubmit(text: string): void;
}

/** A transition that needs a text (comment, reason); an empty text is still sent so the API's own check answers. */
export function TextAction({ label, button, busy, onSubmit }: Props) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(text);
  };
  return (
    <form className="text-action" onSubmit={submit} data-action={button}>
      <label>{label}<textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} /></label>
      <button type="submit" disabled={busy}>{button}</button>
    </form>
  );
}
