import { Role } from '@app/database';

/** Who is acting: a person's user row (or the service itself). */
export interface Actor {
  id: string;
  name: string;
  role: Role;
}
