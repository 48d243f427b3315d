package com.cocreation5r.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00.123456789Z");

    @Test
    void theSameEntryAlwaysHasTheSameHash() {
        AuditEntry first = screened(0, ChainHash.GENESIS, "rita", "{\"decision\":\"REJECT\"}");
        AuditEntry again = screened(0, ChainHash.GENESIS, "rita", "{\"decision\":\"REJECT\"}");

        assertThat(first.getHash()).isEqualTo(again.getHash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(first.computeHash(ChainHash.GENESIS)).isEqualTo(first.getHash());
    }

    @Test
    void everyFieldChangesTheHash() {
        String base = AuditEntry.following(0, ChainHash.GENESIS, AT, "rita", AuditAction.APPLICATION_SCREENED,
                "Application", "7", 3L, "{}").getHash();

        List<String> variants = List.of(
                AuditEntry.following(1, ChainHash.GENESIS, AT, "rita", AuditAction.APPLICATION_SCREENED,
                        "Application", "7", 3L, "{}").getHash(),
                AuditEntry.following(0, "1".repeat(64), AT, "rita", AuditAction.APPLICATION_SCREENED,
                        "Application", "7", 3L, "{}").getHash(),
                AuditEntry.following(0, ChainHash.GENESIS, AT.plusSeconds(1), "rita",
                        AuditAction.APPLICATION_SCREENED, "Application", "7", 3L, "{}").getHash(),
                AuditEntry.following(0, ChainHash.GENESIS, AT, "ivan", AuditAction.APPLICATION_SCREENED,
                        "Application", "7", 3L, "{}").getHash(),
                AuditEntry.following(0, ChainHash.GENESIS, AT, "rita", AuditAction.INTERVIEW_SCORED,
                        "Application", "7", 3L, "{}").getHash(),
                AuditEntry.following(0, ChainHash.GENESIS, AT, "rita", AuditAction.APPLICATION_SCREENED,
                        "Campaign", "7", 3L, "{}").getHash(),
                AuditEntry.following(0, ChainHash.GENESIS, AT, "rita", AuditAction.APPLICATION_SCREENED,
                        "Application", "8", 3L, "{}").getHash(),
                AuditEntry.following(0, ChainHash.GENESIS, AT, "rita", AuditAction.APPLICATION_SCREENED,
                        "Application", "7", null, "{}").getHash(),
                AuditEntry.following(0, ChainHash.GENESIS, AT, "rita", AuditAction.APPLICATION_SCREENED,
                        "Application", "7", 3L, "{\"a\":\"b\"}").getHash());

        assertThat(variants).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        // "ab" + "c" and "a" + "bc" must not read alike
        assertThat(ChainHash.of(ChainHash.GENESIS, "ab", "c")).isNotEqualTo(ChainHash.of(ChainHash.GENESIS, "a", "bc"));
        assertThat(ChainHash.of(ChainHash.GENESIS, (Object) null)).isNotEqualTo(ChainHash.of(ChainHash.GENESIS, ""));
    }

    @Test
    void timeIsKeptToTheMicrosecondAsTheDatabaseStoresIt() {
        AuditEntry entry = screened(0, ChainHash.GENESIS, "rita", "{}");

        assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
    }

    @Test
    void eachEntryLinksToTheOneBefore() {
        List<AuditEntry> chain = chain(3);

        assertThat(chain).extracting(AuditEntry::getId).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).getPreviousHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(chain.get(1).getPreviousHash()).isEqualTo(chain.get(0).getHash());
        assertThat(chain.get(2).getPreviousHash()).isEqualTo(chain.get(1).getHash());
        assertThat(walk(chain).endsAt(3, chain.get(2).getHash())).isTrue();
    }

    @Test
    void anEditedEntryBreaksTheChainAtThatEntry() throws Exception {
        List<AuditEntry> chain = chain(4);
        set(chain.get(2), "details", "{\"decision\":\"SHORTLIST\"}");

        ChainWalk walk = walk(chain);

        assertThat(walk.firstBroken()).isEqualTo(3L);
        assertThat(walk.checked()).isEqualTo(3);
        assertThat(walk.endsAt(4, chain.get(3).getHash())).isFalse();
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheNextLink() throws Exception {
        List<AuditEntry> chain = chain(3);
        AuditEntry second = chain.get(1);
        set(second, "actor", "mallory");
        set(second, "hash", second.computeHash(second.getPreviousHash()));

        assertThat(walk(chain).firstBroken()).isEqualTo(3L);
    }

    @Test
    void aRemovedEntryIsAGapInTheChain() {
        List<AuditEntry> chain = new ArrayList<>(chain(4));
        chain.remove(1);

        assertThat(walk(chain).firstBroken()).isEqualTo(3L);
    }

    @Test
    void entriesRemovedFromTheEndLeaveTheHeadPointingPastTheChain() {
        List<AuditEntry> chain = chain(4);
        ChainWalk walk = walk(chain.subList(0, 2));

        assertThat(walk.endsAt(4, chain.get(3).getHash())).isFalse();
        assertThat(walk.firstBroken()).isEqualTo(3L);
    }

    @Test
    void detailsAreWrittenWithSortedKeysAndEscaped() {
        assertThat(AuditDetails.canonical(Map.of("z", "1", "a", "say \"hi\"\n", "m", "\\")))
                .isEqualTo("{\"a\":\"say \\\"hi\\\"\\n\",\"m\":\"\\\\\",\"z\":\"1\"}");
        assertThat(AuditDetails.canonical(Map.of())).isEqualTo("{}");
    }

    private static AuditEntry screened(long previousId, String previousHash, String actor, String details) {
        return AuditEntry.following(previousId, previousHash, AT, actor, AuditAction.APPLICATION_SCREENED,
                AuditSubject.APPLICATION, "7", 3L, details);
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> chain = new ArrayList<>();
        long previousId = 0;
        String previousHash = ChainHash.GENESIS;
        for (int i = 0; i < length; i++) {
            AuditEntry entry = AuditEntry.following(previousId, previousHash, AT.plusSeconds(i), "rita",
                    AuditAction.APPLICATION_SCREENED, AuditSubject.APPLICATION, String.valueOf(10 + i), 3L,
                    "{\"decision\":\"REJECT\"}");
            chain.add(entry);
            previousId = entry.getId();
            previousHash = entry.getHash();
        }
        return chain;
    }

    private static ChainWalk walk(List<AuditEntry> entries) {
        ChainWalk walk = new ChainWalk();
        for (AuditEntry entry : entries) {
            if (!walk.accept(entry)) {
                break;
            }
        }
        return walk;
    }

    /** What someone editing the row in the database does. */
    private static void set(AuditEntry entry, String field, String value) throws Exception {
        Field column = AuditEntry.class.getDeclaredField(field);
        column.setAccessible(true);
        column.set(entry, value);
    }
}
