package com.cocreation5r.engine.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * The Camunda REST API as Camunda ships it. Creating and redeploying deployments never reach it:
 * {@link ChangeRequestDeployments} and {@link EngineRestAuthentication} take those requests first.
 * Failures are answered by {@link EngineRestRefusals} in place of Camunda's general mappers.
 */
@ApplicationPath(EngineRestApplication.PATH)
public class EngineRestApplication extends Application {

    public static final String PATH = "/engine-rest";

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>();
        classes.addAll(CamundaRestResources.getResourceClasses());
        classes.addAll(CamundaRestResources.getConfigurationClasses());
        classes.remove(ExceptionHandler.class);
        classes.remove(ProcessEngineExceptionHandler.class);
        classes.remove(RestExceptionHandler.class);
        classes.add(EngineRestRefusals.class);
        return classes;
    }
}
