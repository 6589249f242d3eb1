// Imported first by the API's entry points: tracing (when configured) must hook http, express, pg and ioredis before
// they are loaded.
import { startTracing } from '@jixiao/observability';

export const tracing = startTracing('api');
