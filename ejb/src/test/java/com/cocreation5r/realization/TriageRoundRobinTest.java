package com.cocreation5r.realization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Triage goes round the managers in turn, skips those at the cap, and falls to the group when all are. */
class TriageRoundRobinTest {

    private static final List<String> MANAGERS = List.of("mina", "tom", "yuna");

    @Test
    void everyManagerGetsATurnBeforeAnyoneGetsASecond() {
        Map<String, Long> load = new HashMap<>();
        Map<String, Long> turns = new HashMap<>();
        List<String> assigned = new ArrayList<>();

        for (long turn = 1; turn <= 6; turn++) {
            String next = TriageRoundRobin.next(MANAGERS, load, turns, 5).orElseThrow();
            assigned.add(next);
            turns.put(next, turn);
            load.merge(next, 1L, Long::sum);
        }

        assertThat(assigned).containsExactly("mina", "tom", "yuna", "mina", "tom", "yuna");
    }

    @Test
    void aManagerAtTheCapIsSkippedUntilTheyFinishATriage() {
        Map<String, Long> load = new HashMap<>(Map.of("mina", 2L, "tom", 1L));
        Map<String, Long> turns = new HashMap<>(Map.of("mina", 1L, "tom", 2L, "yuna", 3L));

        assertThat(TriageRoundRobin.next(MANAGERS, load, turns, 2)).contains("tom");

        load.put("mina", 1L);
        assertThat(TriageRoundRobin.next(MANAGERS, load, turns, 2)).contains("mina");
    }

    @Test
    void aNewManagerIsNextInLine() {
        Map<String, Long> turns = Map.of("mina", 7L, "tom", 8L);

        assertThat(TriageRoundRobin.next(MANAGERS, Map.of(), turns, 5)).contains("yuna");
    }

    @Test
    void whenEveryoneIsAtTheCapTheTaskStaysWithTheGroup() {
        Map<String, Long> load = Map.of("mina", 3L, "tom", 3L, "yuna", 4L);

        assertThat(TriageRoundRobin.next(MANAGERS, load, Map.of(), 3)).isEqualTo(Optional.empty());
        assertThat(TriageRoundRobin.next(List.of(), Map.of(), Map.of(), 3)).isEmpty();
    }
}
