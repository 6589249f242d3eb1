import { useState } from 'react';
import { Tabs } from 'antd';
import { OrganisationTab } from './OrganisationTab';
import { ImportTab } from './ImportTab';
import { AuditTab, SignInsTab } from './RecordsTab';
import { UsersTab } from './UsersTab';

/** SPEC §16: the 管理 area for admins. */
export function AdminPage() {
  // A bulk import changes the tree and the users: remount them so they read the new state.
  const [generation, setGeneration] = useState(0);
  return (
    <div className="admin-area">
      <h1>管理</h1>
      <Tabs destroyOnHidden items={[
        { key: 'organisation', label: '组织机构', children: <OrganisationTab key={generation} /> },
        { key: 'users', label: '用户', children: <UsersTab key={generation} /> },
        { key: 'import', label: '批量导入', children: <ImportTab onImported={() => setGeneration((g) => g + 1)} /> },
        { key: 'sign-ins', label: '登录记录', children: <SignInsTab /> },
        { key: 'audit', label: '变更记录', children: <AuditTab /> },
      ]} />
    </div>
  );
}
