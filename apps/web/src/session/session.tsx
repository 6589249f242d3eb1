import { createContext, useContext, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import type { User } from '../api/types';
import { clearSession, loadSession, saveSession, type Session } from './storage';

interface SessionContext {
  session: Session | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
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
    clearSession();
    setSession(null);
  };
  return <Context.Provider value={{ session, login, logout }}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}
