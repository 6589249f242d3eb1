// Imported first by the worker's entry point: tracing (when configured) must hook pg and ioredis before they load.
import { startTracing } from '@jixiao/observability';

export const tracing = startTracing('worker');
