import { Table } from 'antd';
import { baseDataTables } from '../flag-labels';

/** 附件2 部门整体支出绩效评价基础数据表 with its printed row and column names (laid out by libs/documents, named by libs/intake). */
export function BaseDataTables({ baseData }: { baseData: unknown }) {
  const tables = baseDataTables(baseData);
  if (!tables.length) return null;
  return (
    <div className="base-data" data-testid="base-data">
      {tables.map((table, t) => (
        <Table key={t} size="small" bordered pagination={false} rowKey={(_, i) => String(i)} scroll={{ x: 'max-content' }}
          dataSource={table.rows.map((row) => Object.fromEntries(row.map((cell, c) => [`c${c}`, cell])))}
          columns={table.headings.map((title, c) => ({
            title, dataIndex: `c${c}`, align: c === 0 ? 'left' as const : 'right' as const,
            render: (text: string) => (c === 0 ? text : <span className="nowrap">{text}</span>),
          }))} />
      ))}
    </div>
  );
}
