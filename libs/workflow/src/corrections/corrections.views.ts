import type { ClaimDetailDto } from '../claims/dto/claim-detail.dto';
import type { CorrectionRow, MachineAttribution, MachineWords } from './corrections.repository';
import type { CorrectionDto } from './dto/correction.dto';
import type { MachineOutputDto } from './dto/machine-output.dto';

export function correctionView(row: CorrectionRow): CorrectionDto {
  return {
    id: row.id,
    kind: row.kind,
    at: row.createdAt.toISOString(),
    actor: { id: row.actorId, name: row.actorName },
    articleId: row.articleId,
    quoteId: row.quoteId,
    claimId: row.claimId,
    machine: row.machine,
    corrected: row.corrected,
  };
}

/**
 * The machine's output beside a corrected claim: what was kept at the first correction of the claim and of its quote,
 * and where only one of them was corrected, the other's present values (still the machine's). Null when neither was.
 */
export function machineOutput(
  view: Pick<ClaimDetailDto, 'text' | 'standalone' | 'start' | 'end' | 'speaker' | 'quote'>,
  claimMachine: MachineWords | null,
  quoteMachine: MachineAttribution | null,
): MachineOutputDto | null {
  if (!claimMachine && !quoteMachine) return null;
  const words = claimMachine ?? view;
  const attribution = quoteMachine ?? { speaker: view.speaker, mention: view.quote.mention };
  return {
    text: words.text,
    standalone: words.standalone,
    start: words.start,
    end: words.end,
    speaker: attribution.speaker,
    mention: attribution.mention,
  };
}
