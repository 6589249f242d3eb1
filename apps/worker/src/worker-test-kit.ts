// Moved to test/support so that dist/ ships no test code; this path stays for the callers not yet moved.
export * from '../../../test/support/worker-test-kit';
