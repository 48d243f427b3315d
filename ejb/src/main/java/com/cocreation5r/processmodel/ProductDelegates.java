package com.cocreation5r.processmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The {@link ModelPolicy} of this application, read from its CDI beans: the product's delegates
 * and listeners may be named by a model; every other named bean (services, views, the engine's
 * producers) may not, since the engine would resolve it by name in any expression.
 */
@ApplicationScoped
public class ProductDelegates {

    private static final String PRODUCT_PACKAGE = "com.cocreation5r.";

    @Inject
    private BeanManager beanManager;

    private volatile ModelInspection inspection;

    public ModelInspection inspection() {
        ModelInspection current = inspection;
        if (current == null) {
            current = new ModelInspection(policy());
            inspection = current;
        }
        return current;
    }

    ModelPolicy policy() {
        Set<String> delegateBeans = new HashSet<>();
        Set<String> delegateClasses = new HashSet<>();
        Set<String> applicationBeans = new HashSet<>();
        Map<String, Set<String>> functions = new HashMap<>();
        for (Bean<?> bean : beanManager.getBeans(Object.class, Any.Literal.INSTANCE)) {
            boolean delegate = bean.getBeanClass().getName().startsWith(PRODUCT_PACKAGE)
                    && bean.getTypes().stream().anyMatch(type -> type == JavaDelegate.class
                            || type == ExecutionListener.class || type == TaskListener.class);
            if (bean.getName() != null && bean.getBeanClass().isAnnotationPresent(ModelFunctions.class)) {
                functions.put(bean.getName(), Arrays.stream(bean.getBeanClass().getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers()))
                        .map(Method::getName).collect(Collectors.toSet()));
            } else if (bean.getName() != null) {
                (delegate ? delegateBeans : applicationBeans).add(bean.getName());
            }
            if (delegate) {
                delegateClasses.add(bean.getBeanClass().getName());
            }
        }
        return new ModelPolicy(delegateBeans, delegateClasses, applicationBeans, functions);
    }
}
