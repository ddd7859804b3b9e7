import { Actor } from '../common/actor';
import { LiveUserRow, UserRow } from './users.repository';
import { CreatedUserDto, UserDto, UserWithKeyDto } from './dto/user.dto';
import { MeDto } from './dto/me.dto';
import { MyVerdictDto } from './dto/my-verdict.dto';
import { MyVerdictRow } from './my-verdicts.query';

/** A person with a live key, as listed: the key's first characters, never the key. */
export function userView(user: LiveUserRow): UserDto {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    team: user.team,
    keyPrefix: user.keyPrefix,
    createdAt: user.createdAt.toISOString(),
  };
}

/** A person and a key just made for them: the only answer that ever holds it. */
export function userWithKeyView(user: UserRow, apiKey: string): UserWithKeyDto {
  return { id: user.id, name: user.name, role: user.role, team: user.team, apiKey };
}

export function createdUserView(user: UserRow, apiKey: string): CreatedUserDto {
  return { ...userWithKeyView(user, apiKey), createdAt: user.createdAt.toISOString() };
}

/** The caller; `team` is null for ADMIN_API_KEY, which has no user row of its own. */
export function meView(actor: Actor, team: string | null): MeDto {
  return { id: actor.id, name: actor.name, role: actor.role, team };
}

/** One of the caller's verdicts with where its claim stands. */
export function myVerdictView(row: MyVerdictRow): MyVerdictDto {
  return {
    id: row.id,
    claimId: row.claimId,
    version: row.version,
    status: row.status,
    rating: row.rating,
    summary: row.summary,
    reviewComment: row.reviewComment,
    updatedAt: row.updatedAt.toISOString(),
    claim: {
      id: row.claimId,
      text: row.text,
      standalone: row.standalone,
      stage: row.stage,
      leasedByYou: row.leasedByYou,
      speaker: row.speakerName,
      article: { id: row.articleId, title: row.articleTitle },
    },
  };
}
