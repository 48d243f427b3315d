package com.cocreation5r.processmodel;

/** The rules an uploaded model must keep; each refusal names one, and the element it broke it on. */
public enum ModelRule {
    /** The file is larger than {@link ModelInspection#MAX_BYTES}. */
    TOO_LARGE,
    /** Only {@code .bpmn} and {@code .dmn} files are models. */
    NOT_A_MODEL_FILE,
    /** A DOCTYPE or entity declaration: external entities (XXE) and entity expansion. */
    DOCTYPE,
    /** Not well-formed XML. */
    MALFORMED_XML,
    /** A BPMN file without an executable process, or a DMN file without a decision. */
    NO_EXECUTABLE_MODEL,
    /** Script tasks, script listeners, scripts as input/output or conditions, non-FEEL decision languages. */
    SCRIPT,
    /** A Java class reference that is not one of the product's own delegates. */
    JAVA_CLASS,
    /** An expression calling a method, or naming a bean, outside the product's allow-list. */
    EXPRESSION,
    /** A reference the server would fetch or load: URLs, classpath and deployment resources, connectors, imports. */
    EXTERNAL_RESOURCE,
    /** A task form key that is not one of the product's forms ({@code app:...}). */
    FORM,
    /** The engine's own parser refused the model. */
    ENGINE_PARSER
}
