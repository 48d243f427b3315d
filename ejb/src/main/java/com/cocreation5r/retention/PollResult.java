package com.cocreation5r.retention;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the pool said of one idea: the answers per point of the scale and the share of partners
 * who would buy it ({@code null} while nobody answered). Shown to the idea's author once the poll
 * has closed, and to the program managers and executives.
 */
public record PollResult(Long pollId, Long ideaId, String campaignTitle, String headline, Instant closesAt,
        boolean closed, Map<PurchaseIntent, Long> answers, long responses, Integer wouldBuyPercent) {

    /** The result of {@code poll} from its answers counted by intent; intents nobody chose count 0. */
    public static PollResult of(PurchaseIntentPoll poll, String campaignTitle, Map<PurchaseIntent, Long> counted) {
        Map<PurchaseIntent, Long> answers = new EnumMap<>(PurchaseIntent.class);
        long responses = 0;
        long wouldBuy = 0;
        for (PurchaseIntent intent : PurchaseIntent.values()) {
            long count = counted.getOrDefault(intent, 0L);
            answers.put(intent, count);
            responses += count;
            wouldBuy += intent.wouldBuy() ? count : 0;
        }
        Integer percent = responses == 0 ? null : (int) Math.round(100.0 * wouldBuy / responses);
        return new PollResult(poll.getId(), poll.getIdeaId(), campaignTitle, poll.getHeadline(), poll.getClosesAt(),
                poll.isClosed(), Collections.unmodifiableMap(answers), responses, percent);
    }

    /** The answers in the scale's order, for a page to list. */
    public List<Map.Entry<PurchaseIntent, Long>> answerList() {
        return List.copyOf(answers.entrySet());
    }
}
