package no.oslo.samarbeidsplakaten.versioning.service;

import java.time.Instant;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.versioning.domain.Approval;

/** Where each side stands on the current draft. */
public record ApprovalStatus(SideApproval department, SideApproval agency, int nextVersion) {

    public enum State {
        /** Nobody on this side has approved since the last lock. */
        MISSING,
        /** Approved exactly the current content. */
        APPROVED,
        /** Approved, but the content changed after, so the approval lapsed. */
        LAPSED
    }

    /** One side's approval: by whom, when, and whether it still holds. */
    public record SideApproval(Side side, State state, String approverName, String approverRole, Instant at,
            Instant lapsedAt) {

        static SideApproval of(Side side, Approval latest) {
            if (latest == null || latest.getVoidReason() == Approval.VoidReason.LOCKED) {
                return new SideApproval(side, State.MISSING, null, null, null, null);
            }
            State state = latest.isActive() ? State.APPROVED : State.LAPSED;
            return new SideApproval(side, state, latest.getApproverName(), latest.getApproverRole(),
                    latest.getApprovedAt(), latest.getVoidedAt());
        }
    }

    public boolean canLock() {
        return department.state() == State.APPROVED && agency.state() == State.APPROVED;
    }

    public SideApproval of(Side side) {
        return side == Side.DEPARTMENT ? department : agency;
    }
}
