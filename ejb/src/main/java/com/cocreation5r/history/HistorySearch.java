package com.cocreation5r.history;

import com.cocreation5r.process.RealizationProcess;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an auditor searches the history for; every field is optional and they combine.
 *
 * @param campaignId instances of this campaign (by its business key, which every stage shares)
 * @param businessKey instances whose business key contains this text
 * @param partnerUserId instances in which this partner (their user id) held a task
 * @param ideaId instances about this idea (the {@value RealizationProcess#IDEA_ID} variable)
 * @param processKey instances of this process definition key
 * @param state instances in this state
 * @param startedFrom instances started on or after this day
 * @param startedTo instances started on or before this day
 */
public record HistorySearch(Long campaignId, @Size(max = 64) String businessKey, @Size(max = 64) String partnerUserId,
        Long ideaId, @Size(max = 255) String processKey, InstanceState state, LocalDate startedFrom,
        LocalDate startedTo) implements Serializable {

    public static HistorySearch everything() {
        return new HistorySearch(null, null, null, null, null, null, null, null);
    }

    public boolean hasDateRangeBackwards() {
        return startedFrom != null && startedTo != null && startedTo.isBefore(startedFrom);
    }
}
