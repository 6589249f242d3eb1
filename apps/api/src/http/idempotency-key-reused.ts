/** SPEC §19: a repeat of an Idempotency-Key with a different body or file → 409 `IDEMPOTENCY_KEY_REUSED`. */
export class IdempotencyKeyReused extends Error {
  constructor() {
    super('该 Idempotency-Key 已用于另一个内容不同的请求（请求体或上传的文件不同）；新的请求请使用新的键');
  }
}
