import { createContext, useContext, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { User } from '../api/types';
import { clearSession, loadSession, saveSession, type Session } from './storage';

interface SessionContext {
  session: Session | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
  /** SPEC §16: chooses a new password; the answer carries a new token (the older ones end). */
  changePassword(current: string, next: string): Promise<void>;
}

const Context = createContext<SessionContext | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(loadSession);
  const login = async (username: string, password: string) => {
    const { accessToken, user } = await api<{ accessToken: string; user: User }>('/auth/login', {
      method: 'POST', body: { username, password }, anonymous: true,
    });
    const next = { token: accessToken, user };
    saveSession(next);
    setSession(next);
  };
  const logout = () => {
    // Ends this token on the server too; the session is gone here whatever the answer.
    if (session) void api('/auth/logout', { method: 'POST' }).catch(() => undefined);
    clearSession();
    setSession(null);
  };
  const changePassword = async (current: string, next: string) => {
    const { accessToken, user } = await api<{ accessToken: string; user: User }>('/auth/password', { method: 'POST', body: { current, next } });
    const updated = { token: accessToken, user };
    saveSession(updated);
    setSession(updated);
  };
  return <Context.Provider value={{ session, login, logout, changePassword }}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
