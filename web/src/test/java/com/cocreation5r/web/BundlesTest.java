package com.cocreation5r.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every UI text exists in English and Korean, and the services' validation messages have UI texts. */
class BundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(BundlesTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        Properties english = load("/com/cocreation5r/web/messages.properties");
        Properties korean = load("/com/cocreation5r/web/messages_ko.properties");

        assertThat(korean.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(korean.getProperty("scheme.weightSum")).contains("{0}").isNotEqualTo(english.getProperty("scheme.weightSum"));
    }

    @Test
    void everyValidationMessageOfTheServicesHasAUiText() throws IOException {
        Properties ui = load("/com/cocreation5r/web/messages.properties");
        Properties validation = load("/ValidationMessages.properties");

        assertThat(ui.stringPropertyNames()).containsAll(validation.stringPropertyNames());
    }
}
