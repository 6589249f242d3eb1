import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { HistoryEvent, Report } from '../api/types';
import { useApi } from '../api/use-api';
import { EVENT_LABELS, actorLabel, formatTime } from '../labels';
import { ErrorNote, Loading } from '../layout/Status';
import { ReportHeader } from '../report/ReportHeader';
import { describeAll } from '../report/history-lines';

export function HistoryPage() {
  const { id = '' } = useParams();
  const loaded = useApi(() => Promise.all([api<Report>(`/reports/${id}`), api<HistoryEvent[]>(`/reports/${id}/history`)]), [id]);
  if (!loaded.data) return loaded.error ? <ErrorNote error={loaded.error} /> : <Loading />;
  const [report, events] = loaded.data;
  const changes = describeAll(events);
  return (
    <section>
      <ReportHeader report={report}><Link to={`/reports/${id}`}>返回报告</Link></ReportHeader>
      <h2>历史记录</h2>
      <ol className="timeline">
        {events.map((event, i) => (
          <li key={`${event.stream ?? ''}${event.position}`} className={`event event-${event.type}`} data-event={event.type}>
            <div className="event-head">
              <strong>{EVENT_LABELS[event.type] ?? '其他记录'}</strong>
              <span className="muted small">{formatTime(event.at)}</span>
              <span className="small">{actorLabel(event.actor)}</span>
              {!/-(scores|documents)$/.test(event.stream ?? '') && <span className="muted small">第 {event.version} 版</span>}
            </div>
            {changes[i].map((change, j) => (
              <div key={j} className="change">
                <span>{change.what}</span>
                {change.to !== undefined && <span className="from-to">{change.from !== undefined && <><del>{change.from}</del> → </>}<ins>{change.to}</ins></span>}
                {change.why && <span className="why">{change.why}</span>}
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
