import { Table, Typography } from 'antd';
import type { DepartmentFigures, RegionFigures, Statistics } from '../api/types';
import { figureColumns } from '../stats/figure-columns';
import { OverallCards } from '../stats/OverallCards';
import { RegionChart } from '../stats/RegionChart';

export const PAGE_SIZES = [20, 50, 100, 200];

interface Props {
  stats: Statistics;
  loading: boolean;
  onOpenRegion(region: RegionFigures): void;
  onPage(page: number, pageSize: number): void;
}

/** GET /api/stats: the selection's totals, its subordinate regions (drill down by row or bar), its departments a page at a time. */
export function StatsView({ stats, loading, onOpenRegion, onPage }: Props) {
  return (
    <>
      <OverallCards figures={stats.overall} />
      {stats.regions.length > 0 && (
        <>
          <h2>下级区划</h2>
          <p className="muted small">每行为该区划及其下级区划的合计；点击区划名称或柱形查看其下级；金额单位万元。</p>
          {stats.regions.length > 1 && <RegionChart regions={stats.regions} onOpen={onOpenRegion} />}
          <Table<RegionFigures> className="region-table" size="small" bordered pagination={false} rowKey="region"
            dataSource={stats.regions} loading={loading} scroll={{ x: 'max-content' }} tableLayout="auto"
            onRow={(row) => ({ onClick: () => onOpenRegion(row), style: { cursor: 'pointer' } })}
            columns={[
              { title: '区划', dataIndex: 'regionName', fixed: 'left', width: 160, render: (name: string) => <Typography.Link>{name}</Typography.Link> },
              { title: '单位数', dataIndex: 'departments', align: 'right' },
              ...figureColumns<RegionFigures>(),
            ]} />
        </>
      )}
      <h2>按单位</h2>
      <p className="muted small">平均计算总分为各报告计算总分的平均（与报告列表、公开报告所示总分相同）；金额单位万元。</p>
      <Table<DepartmentFigures> className="stats-table" size="small" bordered rowKey="department" dataSource={stats.departments}
        loading={loading} scroll={{ x: 'max-content' }} tableLayout="auto" locale={{ emptyText: '没有可统计的报告' }}
        pagination={{
          current: stats.page, pageSize: stats.pageSize, total: stats.departmentsTotal, pageSizeOptions: PAGE_SIZES, showSizeChanger: true,
          showTotal: (total) => `共 ${total} 个单位`, onChange: onPage,
        }}
        columns={[
          { title: '单位', dataIndex: 'departmentName', fixed: 'left', width: 180, render: (name: string | null, row) => name ?? row.department },
          ...figureColumns<DepartmentFigures>(),
        ]} />
    </>
  );
}
