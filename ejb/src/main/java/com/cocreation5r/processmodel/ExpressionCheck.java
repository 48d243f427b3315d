package com.cocreation5r.processmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of one EL expression token by token and says what in it is not allowed: calls
 * of methods and functions outside the allow-lists, the engine's and the JVM's objects, the
 * application's beans (the product's delegates only as a whole delegate expression), and access
 * to properties by computed name ({@code x['class']}), which would get round the rest.
 */
final class ExpressionCheck {

    private final ModelPolicy policy;

    ExpressionCheck(ModelPolicy policy) {
        this.policy = policy;
    }

    List<String> refusals(String body) {
        List<String> refusals = new ArrayList<>();
        List<Token> tokens = tokens(body);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind == Kind.SYMBOL && (token.text.equals("[") || token.text.equals("->"))) {
                refusals.add("accesses a property by a computed name, which is not allowed");
                continue;
            }
            if (token.kind != Kind.IDENTIFIER || ModelInspection.EL_KEYWORDS.contains(token.text)) {
                continue;
            }
            boolean member = i > 0 && tokens.get(i - 1).is(".");
            boolean call = i + 1 < tokens.size() && tokens.get(i + 1).is("(");
            if (!member && readsExecutionIdentity(tokens, i)) {
                i += 2;
            } else if (!member && callsModelFunction(tokens, i)) {
                i += 2;
            } else if (ModelInspection.FORBIDDEN_NAMES.contains(token.text)) {
                refusals.add("uses '" + token.text + "', which reaches the engine or the server");
            } else if (member && call && !ModelInspection.ALLOWED_METHODS.contains(token.text)) {
                refusals.add("calls the method '" + token.text + "', which is not on the allow-list");
            } else if (!member && call && !ModelInspection.ALLOWED_FUNCTIONS.contains(token.text)) {
                refusals.add("calls '" + token.text + "', which is not one of the engine's functions");
            } else if (!member && policy.delegateBeans().contains(token.text)) {
                refusals.add("uses the delegate '" + token.text
                        + "' other than as a whole delegate expression ${" + token.text + "}");
            } else if (!member && policy.functions().containsKey(token.text)) {
                refusals.add("uses the bean '" + token.text + "' other than to call one of its model functions");
            } else if (!member && policy.applicationBeans().contains(token.text)) {
                refusals.add("reaches the application bean '" + token.text + "', which models may not use");
            }
        }
        return refusals;
    }

    /** {@code submittedIdeas.ofCampaign(...)}: a method the policy lets models call on that bean. */
    private boolean callsModelFunction(List<Token> tokens, int i) {
        return i + 3 < tokens.size() && tokens.get(i + 1).is(".") && tokens.get(i + 2).kind == Kind.IDENTIFIER
                && tokens.get(i + 3).is("(") && policy.allowsCall(tokens.get(i).text, tokens.get(i + 2).text);
    }

    /** {@code execution.processBusinessKey} and the like, read as a value and not used further. */
    private static boolean readsExecutionIdentity(List<Token> tokens, int i) {
        return tokens.get(i).text.equals("execution") && i + 2 < tokens.size() && tokens.get(i + 1).is(".")
                && tokens.get(i + 2).kind == Kind.IDENTIFIER
                && ModelInspection.EXECUTION_PROPERTIES.contains(tokens.get(i + 2).text)
                && (i + 3 >= tokens.size() || !(tokens.get(i + 3).is("(") || tokens.get(i + 3).is(".")
                        || tokens.get(i + 3).is("[")));
    }

    private enum Kind { IDENTIFIER, STRING, NUMBER, SYMBOL }

    private record Token(Kind kind, String text) {
        boolean is(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }
    }

    private static List<Token> tokens(String body) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < body.length() && Character.isJavaIdentifierPart(body.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENTIFIER, body.substring(start, i)));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, body.substring(start, i)));
            } else if (c == '\'' || c == '"') {
                int start = i++;
                while (i < body.length() && body.charAt(i) != c) {
                    i += body.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                tokens.add(new Token(Kind.STRING, body.substring(start, Math.min(i, body.length()))));
            } else if (c == '-' && i + 1 < body.length() && body.charAt(i + 1) == '>') {
                tokens.add(new Token(Kind.SYMBOL, "->"));
                i += 2;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }
}
