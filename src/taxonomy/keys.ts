import type {L1Id} from './l1';
import type {L2Key} from './l2';
import type {L3Key} from './l3';

/** The key of any status, active or retired: `blocked`, `blocked/legal-regulatory`, … (types only). */
export type StatusKey = L1Id | L2Key | L3Key;
