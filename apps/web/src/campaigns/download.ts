import { loadSession } from '../session/storage';

/** Signed-in downloads carry the bearer token, which a plain link cannot. */
export async function downloadFile(path: string, name: string): Promise<boolean> {
  const response = await fetch(`/api${path}`, { headers: { Authorization: `Bearer ${loadSession()?.token ?? ''}` } });
  if (!response.ok) return false;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}
