package com.cocreation5r.processmodel.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.process.ProcessModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The shipped models' labels have their translations, and they show only while a model keeps its label. */
class ModelLabelsTest {

    private static final Locale KOREAN = Locale.KOREAN;

    private final ModelLabels labels = new ModelLabels();

    /** Every process and human task of the shipped BPMN models, by bundle key, with its label. */
    private static Map<String, String> shippedLabels() throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String resource : ProcessModels.RESOURCES) {
            if (!resource.endsWith(".bpmn")) {
                continue;
            }
            try (InputStream in = ModelLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                for (Process process : model.getModelElementsByType(Process.class)) {
                    labels.put("process." + process.getId(), process.getName());
                    for (UserTask task : process.getChildElementsByType(UserTask.class)) {
                        labels.put("task." + process.getId() + "." + task.getId(), task.getName());
                    }
                }
                // tasks inside subprocesses belong to the same process
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    Process process = processOf(task);
                    labels.put("task." + process.getId() + "." + task.getId(), task.getName());
                }
            }
        }
        return labels;
    }

    private static Process processOf(UserTask task) {
        var element = task.getParentElement();
        while (!(element instanceof Process process)) {
            element = element.getParentElement();
        }
        return process;
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ModelLabels.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void theEnglishLabelsAreTheModelsOwnAndEveryOneHasAKoreanText() throws IOException {
        // Arrange
        Map<String, String> shipped = shippedLabels();
        ResourceBundle english = bundle(Locale.ROOT);
        Properties korean = new Properties();
        try (Reader in = new InputStreamReader(ModelLabelsTest.class.getResourceAsStream(
                "/" + ModelLabels.BUNDLE.replace('.', '/') + "_ko.properties"), StandardCharsets.UTF_8)) {
            korean.load(in);
        }

        // Assert
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(shipped.keySet());
        shipped.forEach((key, label) -> assertThat(english.getString(key)).as(key).isEqualTo(label));
        assertThat(korean.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(shipped.keySet());
    }

    @Test
    void aShippedLabelShowsInTheReadersLanguage() {
        assertThat(labels.label(KOREAN, "task.realization.triageIdea", "Triage the idea")).isEqualTo("아이디어 분류");
        assertThat(labels.label(Locale.ENGLISH, "task.realization.triageIdea", "Triage the idea"))
                .isEqualTo("Triage the idea");
        assertThat(labels.label(KOREAN, "process.recruiting", "① Recruiting")).isEqualTo("① 리크루팅");
    }

    @Test
    void aTaskAProcessOwnerRenamedOrAddedShowsTheOwnersWords() {
        assertThat(labels.label(KOREAN, "task.realization.triageIdea", "Sort the idea")).isEqualTo("Sort the idea");
        assertThat(labels.label(KOREAN, "task.realization.callThePartner", "Call the partner"))
                .isEqualTo("Call the partner");
        assertThat(labels.label(KOREAN, "task.realization.triageIdea", null)).isNull();
    }

    @Test
    void aKoreanNameFilterNamesTheTasksWhoseKoreanLabelHoldsIt() {
        assertThat(labels.taskKeysLabelled("평가", KOREAN)).contains("evaluateIdea").doesNotContain("triageIdea");
        assertThat(labels.taskKeysLabelled("  서류 심사 ", KOREAN)).containsExactly("screenApplication");
        assertThat(labels.taskKeysLabelled("Triage", KOREAN)).isEmpty();
        assertThat(labels.taskKeysLabelled("Triage", Locale.ENGLISH)).isEmpty();
        assertThat(labels.taskKeysLabelled(" ", KOREAN)).isEmpty();
    }
}
