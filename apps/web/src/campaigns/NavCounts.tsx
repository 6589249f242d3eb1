import { Badge } from 'antd';
import { NavLink } from 'react-router-dom';
import { useSession } from '../session/session';
import { useCounts } from './counts';

/** 待办 and 自评任务 in the navigation, with the caller's counts (overdue in red). */
export function NavCounts() {
  const { session } = useSession();
  const { waiting, overdue, unread } = useCounts();
  if (!session) return null;
  return (
    <>
      <NavLink to="/inbox" data-testid="nav-inbox">
        待办 <Badge count={waiting} overflowCount={999} color={overdue ? '#cf1322' : '#1677ff'} size="small" data-testid="inbox-count" showZero={false} />
        {unread > 0 && <span data-testid="unread-dot" title={`${unread} 条未读提醒`}><Badge status="error" /></span>}
      </NavLink>
      <NavLink to="/campaigns">自评任务</NavLink>
    </>
  );
}
