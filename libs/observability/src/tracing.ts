// Optional tracing (OpenTelemetry), off by default: on only when OTEL_EXPORTER_OTLP_ENDPOINT names a collector (and
// OTEL_SDK_DISABLED is not true). Then HTTP, Express, pg and ioredis are instrumented and spans go over OTLP/HTTP.
// Nothing of OpenTelemetry's SDK is loaded otherwise. It must start before those modules are loaded: each process's
// entry point imports its `tracing.ts` first.
import { context, isSpanContextValid, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

export interface Tracing {
  shutdown(): Promise<void>;
}

export const tracingEnabled = (env: NodeJS.ProcessEnv = process.env) =>
  Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()) && env.OTEL_SDK_DISABLED !== 'true';

export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Tracing | null {
  if (!tracingEnabled(env)) return null;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node');
  const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } = require('@opentelemetry/instrumentation-express');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg');
  const { IORedisInstrumentation } = require('@opentelemetry/instrumentation-ioredis');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || `jixiao-${service}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    instrumentations: [new HttpInstrumentation(), new ExpressInstrumentation(), new PgInstrumentation(), new IORedisInstrumentation()],
  });
  return { shutdown: () => provider.shutdown() };
}

/**
 * The W3C traceparent of the active span, or null when tracing is off. The API uses it as the request's correlation
 * id, so the events of a command carry it and the worker's job for them continues the same trace.
 */
export function activeTraceparent(): string | null {
  const span = trace.getActiveSpan();
  const spanContext = span?.spanContext();
  if (!spanContext || !isSpanContextValid(spanContext)) return null;
  return `00-${spanContext.traceId}-${spanContext.spanId}-0${spanContext.traceFlags & 1}`;
}

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Runs `work` in a span named `name`, a child of `traceparent` when it is one (a job following a traced command). */
export function inSpan<T>(name: string, traceparent: string | undefined, attributes: Record<string, string | number>,
  work: () => Promise<T>): Promise<T> {
  const parent = traceparent && TRACEPARENT.test(traceparent) ? propagation.extract(ROOT_CONTEXT, { traceparent }) : context.active();
  return trace.getTracer('jixiao').startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes }, parent, async (span: Span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}
