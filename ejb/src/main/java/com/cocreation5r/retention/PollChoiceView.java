package com.cocreation5r.retention;

import java.util.List;

/** The campaign whose accepted ideas a program manager may put to purchase-intent polls. */
public record PollChoiceView(Long campaignId, String campaignTitle, List<PollCandidate> candidates, int pollDays) {
}
