import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'allowedBeforePasswordChange';
/** SPEC §16: the routes an account that must choose its own password may still call (password change, logout). */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);

export const REPEATS_WITH_ENDED_TOKEN = 'repeatsWithEndedToken';
/**
 * A route whose success ends the token that called it (the password change): a repeat under its Idempotency-Key may
 * come with that token, because the client never received the new one. The route must answer such a request only
 * from the reply recorded for the key, and else refuse it with `request.endedTokenRefusal`.
 */
export const RepeatsWithEndedToken = () => SetMetadata(REPEATS_WITH_ENDED_TOKEN, true);
