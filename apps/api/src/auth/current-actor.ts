import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Actor } from '@jixiao/domain';

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  return context.switchToHttp().getRequest().actor;
});
