package com.cocreation5r.it;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Small process models made for one test, under a key of their own, so tests never change the
 * product's processes that other tests run.
 */
public final class TestModels {

    private TestModels() {
    }

    public static String uniqueKey() {
        return "itModel" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Start, then one task per id (each for process owners), then the end; with its diagram. */
    public static byte[] process(String key, String... taskIds) {
        return processWithExtras(key, "", taskIds);
    }

    /** As {@link #process(String, String...)}, with {@code firstTaskExtras} inside the first task. */
    public static byte[] processWithExtras(String key, String firstTaskExtras, String... taskIds) {
        StringBuilder flow = new StringBuilder();
        StringBuilder shapes = new StringBuilder();
        String previous = "started";
        shapes.append(shape("started", 100, 100, 36, 36));
        int x = 180;
        for (int i = 0; i < taskIds.length; i++) {
            String task = taskIds[i];
            flow.append("<bpmn:userTask id=\"").append(task).append("\" name=\"Task ").append(task)
                    .append("\" camunda:candidateGroups=\"process-owner\">")
                    .append(i == 0 ? firstTaskExtras : "").append("</bpmn:userTask>");
            flow.append(sequence(previous, task));
            shapes.append(shape(task, x, 78, 100, 80)).append(edge(previous, task));
            previous = task;
            x += 150;
        }
        flow.append("<bpmn:endEvent id=\"ended\" name=\"Ended\"/>").append(sequence(previous, "ended"));
        shapes.append(shape("ended", x, 100, 36, 36)).append(edge(previous, "ended"));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" "
                + "xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"" + key + "Definitions\" "
                + "targetNamespace=\"https://cocreation5r.com/bpmn/test\">"
                + "<bpmn:process id=\"" + key + "\" name=\"Test " + key + "\" isExecutable=\"true\" "
                + "camunda:historyTimeToLive=\"P30D\"><bpmn:startEvent id=\"started\" name=\"Started\"/>"
                + flow + "</bpmn:process>"
                + "<bpmndi:BPMNDiagram id=\"" + key + "Diagram\"><bpmndi:BPMNPlane id=\"" + key + "Plane\" bpmnElement=\""
                + key + "\">" + shapes + "</bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String sequence(String from, String to) {
        return "<bpmn:sequenceFlow id=\"" + from + "To" + to + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>";
    }

    private static String shape(String id, int x, int y, int w, int h) {
        return "<bpmndi:BPMNShape id=\"" + id + "Shape\" bpmnElement=\"" + id + "\"><dc:Bounds x=\"" + x + "\" y=\"" + y
                + "\" width=\"" + w + "\" height=\"" + h + "\"/></bpmndi:BPMNShape>";
    }

    private static String edge(String from, String to) {
        return "<bpmndi:BPMNEdge id=\"" + from + "To" + to + "Edge\" bpmnElement=\"" + from + "To" + to + "\">"
                + "<di:waypoint x=\"0\" y=\"0\"/><di:waypoint x=\"1\" y=\"1\"/></bpmndi:BPMNEdge>";
    }
}
