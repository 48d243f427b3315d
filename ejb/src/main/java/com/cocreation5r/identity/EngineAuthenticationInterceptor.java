package com.cocreation5r.identity;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Authenticates the signed-in user to the engine for the duration of one service call. */
@ActAsCaller
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class EngineAuthenticationInterceptor {

    @Inject
    private IdentityService identityService;

    @Inject
    private Caller caller;

    @AroundInvoke
    public Object actAsCaller(InvocationContext invocation) throws Exception {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(caller.userId(), caller.groupIds());
        try {
            return invocation.proceed();
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }
}
