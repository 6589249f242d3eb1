import { Card, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { Report } from '../api/types';
import { useApi } from '../api/use-api';
import { formatTime } from '../labels';
import { ErrorNote, Loading } from '../layout/Status';
import { ReportHeader } from '../report/ReportHeader';
import { colorOf, isWorkerLine, type Change, type HistoryLine } from '../report/history-lines';

/** The report's log as a timeline: what happened, who did it, when, and each cell from → to with the reason. */
export function HistoryPage() {
  const { id = '' } = useParams();
  const loaded = useApi(() => Promise.all([api<Report>(`/reports/${id}`), api<HistoryLine[]>(`/reports/${id}/history`)]), [id]);
  if (!loaded.data) return loaded.error ? <ErrorNote error={loaded.error} /> : <Loading />;
  const [report, lines] = loaded.data;
  return (
    <section className="history">
      <ReportHeader report={report}><Link to={`/reports/${id}`}>返回报告</Link></ReportHeader>
      <Card title={`历史记录（${lines.length} 条）`} size="small">
        <Timeline
          items={lines.map((line) => ({
            key: `${line.stream}:${line.position}`,
            color: colorOf(line),
            content: <HistoryItem line={line} />,
          }))}
        />
      </Card>
    </section>
  );
}

function HistoryItem({ line }: { line: HistoryLine }) {
  return (
    <div className={`event event-${line.type}`} data-event={line.type}>
      <div className="event-head">
        <Typography.Text strong>{line.label}</Typography.Text>
        <Typography.Text type="secondary" className="small">{formatTime(line.at)}</Typography.Text>
        <span className="small">{line.actorLabel}</span>
        {!isWorkerLine(line) && <Tag variant="filled">第 {line.version} 版</Tag>}
      </div>
      {line.changes.map((change, i) => <ChangeLine key={i} change={change} />)}
    </div>
  );
}

function ChangeLine({ change }: { change: Change }) {
  return (
    <div className="change">
      <span>{change.what}</span>
      {change.to != null && (
        <span className="from-to">
          {change.from != null && <><del>{change.from}</del> → </>}
          <ins>{change.to}</ins>
        </span>
      )}
      {change.why && <span className="why">{change.why}</span>}
    </div>
  );
}
