// The image's HEALTHCHECK: `node docker/healthcheck.js api` asks /api/health (200 when PostgreSQL and Redis
// answer); `node docker/healthcheck.js worker` asks Redis whether a worker is connected to the job queue.
const mode = process.argv[2];
const done = (healthy, why) => {
  if (!healthy) process.stderr.write(`unhealthy: ${why}\n`);
  process.exit(healthy ? 0 : 1);
};

if (mode === 'api') {
  fetch(`http://127.0.0.1:${process.env.PORT || 3000}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
    (res) => done(res.status === 200, `/api/health answered ${res.status}`),
    (error) => done(false, error.message),
  );
} else if (mode === 'worker') {
  const { Queue } = require('bullmq');
  const url = new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  const connection = {
    host: url.hostname, port: Number(url.port || 6379), password: decodeURIComponent(url.password) || undefined,
    db: Number(url.pathname.slice(1) || 0), maxRetriesPerRequest: 1, enableOfflineQueue: false,
  };
  const queue = new Queue(process.env.QUEUE_NAME || 'report-jobs', { connection });
  queue.on('error', () => undefined);
  const timer = setTimeout(() => done(false, 'Redis did not answer in 5 s'), 5000);
  queue.waitUntilReady()
    .then(() => queue.getWorkers())
    .then((workers) => done(workers.length > 0, 'no worker is connected to the queue'), (error) => done(false, error.message))
    .finally(() => clearTimeout(timer));
} else {
  done(false, 'usage: node docker/healthcheck.js api|worker');
}
