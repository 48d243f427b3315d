package com.cocreation5r.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Partner user ids match the engine's default pattern and are unique by candidate. */
class PartnerAccountsTest {

    @Test
    void readableAsciiNameAndTheCandidateId() {
        assertThat(PartnerAccounts.baseUserId("Minji Kim", 12)).isEqualTo("minjikim12");
        assertThat(PartnerAccounts.baseUserId("Seo-yeon Park", 3)).isEqualTo("seoyeonpark3");
        assertThat(PartnerAccounts.baseUserId("José Müller", 7)).isEqualTo("josemuller7");
    }

    @Test
    void namesWithoutLatinLettersStillGiveAValidId() {
        assertThat(PartnerAccounts.baseUserId("김민지", 41)).isEqualTo("partner41");
        assertThat(PartnerAccounts.baseUserId(null, 5)).isEqualTo("partner5");
        assertThat(PartnerAccounts.baseUserId("'; drop table --", 6)).isEqualTo("droptable6");
    }

    @Test
    void longNamesAreCutAndEveryIdMatchesTheEnginePattern() {
        String id = PartnerAccounts.baseUserId("Maximilian Alexander von Hohenberg-Schwarzenbach", 123456);

        assertThat(id).isEqualTo("maximilianalexanderv123456").matches("[a-zA-Z0-9]+");
        assertThat(PartnerAccounts.baseUserId("Same Name", 1)).isNotEqualTo(PartnerAccounts.baseUserId("Same Name", 2));
    }
}
