package com.cocreation5r.realization;

import com.cocreation5r.evaluation.ScoreView;
import java.io.Serializable;
import java.util.List;

/** What the internal expert sees to prepare the one-to-one explanation: the idea, its score and the reasons that apply. */
public record RejectionView(IdeaDossier idea, ScoreView score, List<ReasonOption> reasons) implements Serializable {

    public RejectionView {
        reasons = List.copyOf(reasons);
    }
}
