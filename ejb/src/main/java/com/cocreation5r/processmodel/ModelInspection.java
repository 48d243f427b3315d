package com.cocreation5r.processmodel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Inspects an uploaded BPMN or DMN file before the engine sees it. A process owner's model is
 * code the server will run, so it is refused for anything that would run or load something the
 * product does not vouch for: scripts, Java classes other than the product's delegates,
 * expressions that call methods or reach beans outside an allow-list, external resources,
 * DOCTYPE and entity declarations. Broken files (too large, not well-formed, nothing executable)
 * are refused too. The XML parser used here never resolves anything outside the file.
 *
 * <p>Stateless and thread-safe; every deploy path (modeler, upload, REST) calls it.
 */
public final class ModelInspection {

    /** Largest model accepted, in bytes (1 MiB). The product's own models are under 40 KiB. */
    public static final int MAX_BYTES = 1024 * 1024;

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** The Camunda extension namespaces the engine reads, including the old one it still accepts. */
    static final Set<String> CAMUNDA_NS = Set.of("http://camunda.org/schema/1.0/bpmn",
            "http://activiti.org/bpmn", "http://camunda.org/schema/1.0/dmn");
    static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    /** The engine's own expression functions (see Camunda's built-in EL functions). */
    static final Set<String> ALLOWED_FUNCTIONS = Set.of("dateTime", "now", "currentUser", "currentUserGroups");
    /** Methods of dates, strings and collections that read or compute, and nothing else. */
    static final Set<String> ALLOWED_METHODS = Set.of("plusMinutes", "plusHours", "plusDays", "plusWeeks",
            "plusMonths", "plusYears", "minusMinutes", "minusHours", "minusDays", "minusWeeks", "minusMonths",
            "toDate", "isBefore", "isAfter", "equals", "contains", "containsKey", "isEmpty", "size", "length",
            "startsWith", "endsWith", "toLowerCase", "toUpperCase", "trim", "compareTo");
    /** Names that hand an expression the engine or the JVM, whatever the application's beans are. */
    static final Set<String> FORBIDDEN_NAMES = Set.of("execution", "task", "caseExecution", "variableScope",
            "processEngine", "processEngineServices", "runtimeService", "taskService", "repositoryService",
            "managementService", "identityService", "authorizationService", "historyService", "formService",
            "filterService", "externalTaskService", "caseService", "decisionService", "businessProcess",
            "processEngineConfiguration", "commandContext",
            "connectors", "class", "classLoader", "declaringClass", "module", "runtime", "system");
    /** What an expression may read of {@code execution}: its identity, never the engine behind it. */
    static final Set<String> EXECUTION_PROPERTIES = Set.of("processBusinessKey", "processInstanceId",
            "businessKey", "id", "currentActivityId", "currentActivityName", "activityInstanceId", "eventName",
            "tenantId");
    static final Set<String> EL_KEYWORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge",
            "true", "false", "null", "empty", "div", "mod", "instanceof");

    private static final Pattern FORM_KEY = Pattern.compile("app:[a-z][a-z0-9-]*");
    private static final Pattern WHOLE_BEAN_EXPRESSION = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
    private static final Pattern URL = Pattern.compile("(?i)^\\s*(https?|ftp|file|jar|classpath|deployment|jndi|ldap|rmi):.*");
    private static final Pattern FEEL_EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");

    private final ModelPolicy policy;

    public ModelInspection(ModelPolicy policy) {
        this.policy = policy;
    }

    /** Every problem of the file; empty when the engine may parse it. */
    public List<ModelProblem> inspect(String fileName, byte[] content) {
        List<ModelProblem> problems = new ArrayList<>();
        ModelKind kind = ModelKind.of(fileName);
        if (kind == null) {
            problems.add(new ModelProblem(ModelRule.NOT_A_MODEL_FILE, null,
                    "'" + fileName + "' is neither a .bpmn nor a .dmn file"));
            return problems;
        }
        if (content == null || content.length == 0) {
            problems.add(new ModelProblem(ModelRule.MALFORMED_XML, null, "The file is empty"));
            return problems;
        }
        if (content.length > MAX_BYTES) {
            problems.add(new ModelProblem(ModelRule.TOO_LARGE, null,
                    "The file has " + content.length + " bytes; at most " + MAX_BYTES + " are accepted"));
            return problems;
        }
        Document document;
        try {
            document = parse(content);
        } catch (SAXParseException e) {
            boolean doctype = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            problems.add(new ModelProblem(doctype ? ModelRule.DOCTYPE : ModelRule.MALFORMED_XML, null,
                    (doctype ? "DOCTYPE and entity declarations are not allowed" : "The XML is not well-formed")
                            + " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")"));
            return problems;
        } catch (SAXException | IOException e) {
            problems.add(new ModelProblem(ModelRule.MALFORMED_XML, null, "The XML cannot be read"));
            return problems;
        }
        Element root = document.getDocumentElement();
        new Walk(kind, problems).visit(root, null);
        if (!kind.hasExecutableContent(root)) {
            problems.add(new ModelProblem(ModelRule.NO_EXECUTABLE_MODEL, null, kind.emptyMessage()));
        }
        return problems;
    }

    /** Throws {@link ModelRejected} naming every problem, if there is any. */
    public void requireSafe(String fileName, byte[] content) {
        List<ModelProblem> problems = inspect(fileName, content);
        if (!problems.isEmpty()) {
            throw new ModelRejected(problems);
        }
    }

    private static Document parse(byte[] content) throws SAXException, IOException {
        try {
            // the JDK's parser, not whichever the container puts first: the features below are its own
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException exception) {
                    // warnings do not make a model unreadable
                }

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            return builder.parse(new ByteArrayInputStream(content));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
        }
    }

    /** BPMN or DMN, by file name, and what each must contain to be worth deploying. */
    enum ModelKind {
        BPMN, DMN;

        static ModelKind of(String fileName) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
                return BPMN;
            }
            if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
                return DMN;
            }
            return null;
        }

        boolean hasExecutableContent(Element root) {
            if (this == BPMN) {
                if (!BPMN_NS.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
                    return false;
                }
                for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element element && BPMN_NS.equals(element.getNamespaceURI())
                            && "process".equals(element.getLocalName())
                            && "true".equals(element.getAttribute("isExecutable"))) {
                        return true;
                    }
                }
                return false;
            }
            String ns = root.getNamespaceURI();
            if (ns == null || !ns.contains("/spec/DMN/") || !"definitions".equals(root.getLocalName())) {
                return false;
            }
            return root.getElementsByTagNameNS(ns, "decision").getLength() > 0;
        }

        String emptyMessage() {
            return this == BPMN ? "The file has no executable process (isExecutable=\"true\")"
                    : "The file has no decision";
        }
    }

    /** One pass over the document, collecting problems with the nearest element id. */
    private final class Walk {

        private final ModelKind kind;
        private final List<ModelProblem> problems;

        Walk(ModelKind kind, List<ModelProblem> problems) {
            this.kind = kind;
            this.problems = problems;
        }

        void visit(Element element, String enclosingId) {
            String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
            String ns = element.getNamespaceURI();
            String name = element.getLocalName();
            if (BPMN_NS.equals(ns)) {
                if ("scriptTask".equals(name)) {
                    problem(ModelRule.SCRIPT, id, "script tasks are not allowed; use a service task with one of the product's delegates");
                } else if ("import".equals(name)) {
                    problem(ModelRule.EXTERNAL_RESOURCE, id, "imports of other documents are not allowed");
                } else if (element.hasAttribute("language")) {
                    problem(ModelRule.SCRIPT, id, "expressions in the language '" + element.getAttribute("language")
                            + "' are scripts, which are not allowed");
                }
            } else if (isCamunda(ns)) {
                if ("script".equals(name)) {
                    problem(ModelRule.SCRIPT, id, "scripts (camunda:script) are not allowed");
                } else if ("connector".equals(name)) {
                    problem(ModelRule.EXTERNAL_RESOURCE, id, "connectors call out of the server and are not allowed");
                }
            } else if (kind == ModelKind.DMN && element.hasAttribute("expressionLanguage")) {
                String language = element.getAttribute("expressionLanguage").toLowerCase(Locale.ROOT);
                if (!language.isBlank() && !language.contains("feel")) {
                    problem(ModelRule.SCRIPT, id, "decision expressions must be FEEL, not '"
                            + element.getAttribute("expressionLanguage") + "'");
                }
            }
            attributes(element, id);
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element childElement) {
                    visit(childElement, id);
                } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text(child.getNodeValue(), id);
                }
            }
        }

        private void attributes(Element element, String id) {
            // a Camunda element's own attributes are unqualified: <camunda:taskListener class="..."/>
            boolean camundaElement = isCamunda(element.getNamespaceURI());
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                String ns = attribute.getNamespaceURI();
                if (XMLNS_NS.equals(ns) || XSI_NS.equals(ns)) {
                    continue;
                }
                String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                String value = attribute.getValue();
                if (isCamunda(ns) || (ns == null && camundaElement)) {
                    camundaAttribute(name, value, id);
                } else if (!"id".equals(name) && !"name".equals(name)) {
                    expressions(value, id);
                }
            }
        }

        private void camundaAttribute(String name, String value, String id) {
            if ("class".equals(name) || name.endsWith("Class")) {
                if (!policy.delegateClasses().contains(value.trim())) {
                    problem(ModelRule.JAVA_CLASS, id, "the Java class '" + value
                            + "' is not one of the product's delegates; use a delegate expression such as ${beanName}");
                }
            } else if ("resource".equals(name) || "scriptFormat".equals(name)) {
                problem(ModelRule.EXTERNAL_RESOURCE, id, "camunda:" + name + " loads code or files and is not allowed");
            } else if ("formKey".equals(name)) {
                if (!FORM_KEY.matcher(value).matches()) {
                    problem(ModelRule.FORM, id, "the form key '" + value
                            + "' is not one of the product's forms (app:...)");
                }
            } else if ("delegateExpression".equals(name) || name.endsWith("DelegateExpression")) {
                Matcher bean = WHOLE_BEAN_EXPRESSION.matcher(value);
                if (!bean.matches() || !policy.delegateBeans().contains(bean.group(1))) {
                    problem(ModelRule.EXPRESSION, id, "the delegate expression '" + value
                            + "' does not name one of the product's delegates");
                }
            } else if (URL.matcher(value).matches()) {
                problem(ModelRule.EXTERNAL_RESOURCE, id, "camunda:" + name + " refers to '" + value
                        + "' outside the model");
            } else {
                expressions(value, id);
            }
        }

        private void text(String text, String id) {
            if (text == null || text.isBlank()) {
                return;
            }
            if (kind == ModelKind.DMN && FEEL_EXTERNAL_FUNCTION.matcher(text).find()) {
                problem(ModelRule.JAVA_CLASS, id, "FEEL external functions call Java and are not allowed");
            }
            expressions(text, id);
        }

        /** Checks every ${...} and #{...} in the value. */
        private void expressions(String value, String id) {
            int from = 0;
            while (true) {
                int dollar = value.indexOf("${", from);
                int hash = value.indexOf("#{", from);
                int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
                if (start < 0) {
                    return;
                }
                int end = closingBrace(value, start + 2);
                String body = value.substring(start + 2, end < 0 ? value.length() : end);
                for (String refusal : new ExpressionCheck(policy).refusals(body)) {
                    problem(ModelRule.EXPRESSION, id, "the expression '" + value.substring(start,
                            end < 0 ? value.length() : end + 1) + "' " + refusal);
                }
                if (end < 0) {
                    return;
                }
                from = end + 1;
            }
        }

        private void problem(ModelRule rule, String id, String message) {
            problems.add(new ModelProblem(rule, id, message));
        }
    }

    private static boolean isCamunda(String namespace) {
        return namespace != null && CAMUNDA_NS.contains(namespace);
    }

    /** The index of the brace closing an expression opened before {@code from}, skipping strings. */
    static int closingBrace(String value, int from) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
