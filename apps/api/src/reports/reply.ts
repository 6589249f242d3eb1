import type { Actor } from '@jixiao/domain';
import { ReportView, viewJsonOf, withAllowedCommands } from '@jixiao/read-models';
import { etagOf } from '../http/etag';
import type { Reply } from '../http/idempotency';

/** A command's answer (SPEC §10): the report as GET returns it, for this actor, with its version as the ETag. */
export function replyOf(view: ReportView, actor: Actor): Reply {
  const body = withAllowedCommands(view, actor);
  // The view's JSON text as the append wrote it to report_view, with allowedCommands last, as in `body`.
  const json = `${viewJsonOf(view).slice(0, -1)},"allowedCommands":${JSON.stringify(body.allowedCommands)}}`;
  return { status: 200, body, etag: etagOf(view.version), json };
}

/** A draft's answer: 201 with its id, version and state. */
export function createdReplyOf(view: ReportView): Reply {
  return { status: 201, body: { id: view.id, version: view.version, state: view.state }, etag: etagOf(view.version) };
}
