import { Badge, type MenuProps } from 'antd';
import { Link } from 'react-router-dom';
import { useSession } from '../session/session';
import { useCounts } from './counts';

export type NavItem = Required<MenuProps>['items'][number];

/** 待办 and 自评任务, items of the navigation menu, with the caller's counts (overdue in red); none signed out. */
export function useNavCountItems(): NavItem[] {
  const { session } = useSession();
  const { waiting, overdue, unread } = useCounts();
  if (!session) return [];
  return [
    {
      key: '/inbox',
      label: (
        <Link to="/inbox" data-testid="nav-inbox">
          待办 <Badge count={waiting} overflowCount={999} color={overdue ? '#cf1322' : '#1677ff'} size="small" data-testid="inbox-count" showZero={false} />
          {unread > 0 && <span data-testid="unread-dot" title={`${unread} 条未读提醒`}><Badge status="error" /></span>}
        </Link>
      ),
    },
    { key: '/campaigns', label: <Link to="/campaigns">自评任务</Link> },
  ];
}
