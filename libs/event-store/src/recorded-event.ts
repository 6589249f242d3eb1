export interface Actor {
  username: string;
  role: string;
  department: string | null;
}

export interface EventMetadata {
  actor: Actor;
  at: string;
  correlationId: string;
  causationId: string | null;
}

export interface NewEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
  schemaVersion?: number;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  position: string;
  streamId: string;
  version: number;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  recordedAt: string;
  prevHash: string | null;
  hash: string;
  /** The writing transaction's id (xid8 as text): with position, a reader's cursor in the committed log. */
  transactionId?: string;
}
