import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'public';

/** Reachable without an API key (health checks, metrics, documentation). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
