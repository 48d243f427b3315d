package com.cocreation5r.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Lookups the process itself makes while a user's call drives it: choosing a triage manager or
 * evaluators must see every member of the group, whatever the user who completed the previous
 * task may read. Only for reads: inside the engine's current command, or in a command of their
 * own when there is none.
 */
public final class EngineLookups {

    private EngineLookups() {
    }

    /** Runs {@code lookup} inside the current command, with its authorization checks off. */
    public static <T> T withoutAuthorization(Supplier<T> lookup) {
        return withoutAuthorization(Context.getCommandContext(), lookup);
    }

    /** Runs {@code lookup} in a command of its own on {@code engine}, with authorization checks off. */
    public static <T> T withoutAuthorization(ProcessEngine engine, Supplier<T> lookup) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(command -> withoutAuthorization(command, lookup));
    }

    private static <T> T withoutAuthorization(CommandContext command, Supplier<T> lookup) {
        if (command == null || !command.isAuthorizationCheckEnabled()) {
            return lookup.get();
        }
        command.disableAuthorizationCheck();
        try {
            return lookup.get();
        } finally {
            command.enableAuthorizationCheck();
        }
    }
}
