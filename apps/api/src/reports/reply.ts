import type { Actor } from '@jixiao/domain';
import { ReportView, withAllowedCommands } from '@jixiao/read-models';
import { etagOf } from '../http/etag';
import type { Reply } from '../http/idempotency';

/** A command's answer (SPEC §10): the report as GET returns it, for this actor, with its version as the ETag. */
export function replyOf(view: ReportView, actor: Actor): Reply {
  return { status: 200, body: withAllowedCommands(view, actor), etag: etagOf(view.version) };
}

/** A draft's answer: 201 with its id, version and state. */
export function createdReplyOf(view: ReportView): Reply {
  return { status: 201, body: { id: view.id, version: view.version, state: view.state }, etag: etagOf(view.version) };
}
