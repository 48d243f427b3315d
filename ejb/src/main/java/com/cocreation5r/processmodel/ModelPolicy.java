package com.cocreation5r.processmodel;

import java.util.Map;
import java.util.Set;

/**
 * What a model may refer to: the product's delegate and listener beans (by name), the product's
 * delegate classes, and every other bean name of the application, which a model must not reach.
 *
 * @param delegateBeans bean names a model may use as a whole delegate expression, e.g. {@code ${inviteCohort}}
 * @param delegateClasses fully qualified names of the product's delegate classes
 * @param applicationBeans every named bean of the application (services, views, ...): never in an expression
 * @param functions beans marked {@link ModelFunctions}, by name, with the methods a model may call on them
 */
public record ModelPolicy(Set<String> delegateBeans, Set<String> delegateClasses, Set<String> applicationBeans,
        Map<String, Set<String>> functions) {

    public ModelPolicy {
        delegateBeans = Set.copyOf(delegateBeans);
        delegateClasses = Set.copyOf(delegateClasses);
        applicationBeans = Set.copyOf(applicationBeans);
        functions = Map.copyOf(functions);
    }

    /** Whether {@code method} may be called on the bean {@code bean}. */
    public boolean allowsCall(String bean, String method) {
        return functions.getOrDefault(bean, Set.of()).contains(method);
    }
}
