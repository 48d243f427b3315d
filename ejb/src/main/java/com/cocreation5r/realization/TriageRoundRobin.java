package com.cocreation5r.realization;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Who gets the next triage: among the managers below the cap, the one whose last turn lies
 * furthest back (never given one counts as furthest), ties by user id. Fair over time, because
 * every manager's turn comes round before anyone gets a second one, and bounded by the cap.
 */
final class TriageRoundRobin {

    private TriageRoundRobin() {
    }

    /**
     * @param managers the members of the triage group
     * @param openLoad open triage tasks per manager (absent means none)
     * @param lastTurns each manager's latest turn (absent means never)
     * @param cap how many open triage tasks a manager may hold
     * @return the manager, or empty when all are at the cap (or there are none)
     */
    static Optional<String> next(Collection<String> managers, Map<String, Long> openLoad, Map<String, Long> lastTurns,
            int cap) {
        return managers.stream()
                .filter(manager -> openLoad.getOrDefault(manager, 0L) < cap)
                .min(Comparator.<String>comparingLong(manager -> lastTurns.getOrDefault(manager, Long.MIN_VALUE))
                        .thenComparing(Comparator.naturalOrder()));
    }
}
