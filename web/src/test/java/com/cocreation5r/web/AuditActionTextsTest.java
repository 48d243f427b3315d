package com.cocreation5r.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.audit.AuditAction;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The audit page names every recorded action, in both languages. */
class AuditActionTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/com/cocreation5r/web/messages.properties", "/com/cocreation5r/web/messages_ko.properties"})
    void everyAuditActionHasAText(String bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }

        assertThat(Arrays.stream(AuditAction.values()).map(action -> "auditAction." + action.name()))
                .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
}
