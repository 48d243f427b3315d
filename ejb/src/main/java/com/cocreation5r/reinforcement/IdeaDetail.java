package com.cocreation5r.reinforcement;

import com.cocreation5r.idea.IdeaContent;
import java.time.Instant;
import java.util.List;

/**
 * One idea as the caller may see it: content, facts, the feasibility rules' last verdict, every
 * revision, the comments, the caller's own vote, and what the caller may do with it now.
 */
public record IdeaDetail(IdeaSummary summary, String description, String subMission, FeasibilityFacts facts,
        List<FeasibilityWarning> warnings, boolean warningsConfirmed, List<RevisionView> revisions,
        List<CommentView> comments, Integer myVote, long voteCount, ReinforcementPhase phase,
        boolean mine, boolean mayRevise, boolean mayComment, boolean mayVote, boolean mayShowcase,
        boolean mayAskForSupport) {

    public IdeaContent content() {
        return new IdeaContent(summary.title(), summary.summary(), description);
    }

    /** A kept state of the content, by whom and why. */
    public record RevisionView(int number, String revisedBy, Instant revisedAt, String note, IdeaContent content) {
    }

    public record CommentView(String authorUserId, String text, Instant createdAt) {
    }
}
