import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { api } from '../api/client';
import { useSession } from '../session/session';
import type { Inbox } from './types';

interface Counts {
  waiting: number;
  overdue: number;
  unread: number;
  refresh(): void;
}

const CountsContext = createContext<Counts>({ waiting: 0, overdue: 0, unread: 0, refresh: () => undefined });

/** The inbox and notification counts the navigation shows, read again on every page change. */
export function CountsProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const { pathname } = useLocation();
  const [counts, setCounts] = useState({ waiting: 0, overdue: 0, unread: 0 });
  const refresh = useCallback(() => {
    if (!session) return;
    api<Inbox>('/inbox').then(
      (inbox) => setCounts({ waiting: inbox.total, overdue: inbox.overdue, unread: inbox.unreadNotifications }),
      () => undefined,
    );
  }, [session]);
  useEffect(refresh, [refresh, pathname]);
  return <CountsContext.Provider value={{ ...counts, refresh }}>{children}</CountsContext.Provider>;
}

export const useCounts = () => useContext(CountsContext);
