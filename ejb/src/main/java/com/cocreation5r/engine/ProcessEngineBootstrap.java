package com.cocreation5r.engine;

import com.cocreation5r.identity.Groups;
import com.cocreation5r.identity.IdentitySetup;
import com.cocreation5r.persistence.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * Starts the embedded Camunda engine when the EAR deploys and stops it when it undeploys.
 *
 * <p>The engine runs on the container's datasource and JTA transaction manager, so engine state
 * and the JPA domain writes of one service call commit or roll back together. Its job executor
 * runs on a managed executor of its own (see the server's CLI scripts).
 *
 * <p>On undeploy the job executor is stopped first and its running jobs are awaited, while the
 * engine, the persistence unit and the datasource are still there for them.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProcessEngineBootstrap {

    public static final String ENGINE_NAME = "default";

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
    /** How long undeploying waits for running jobs, a little less than the container's own 60 s. */
    private static final Duration RUNNING_JOBS_PATIENCE = Duration.ofSeconds(50);

    @Resource(lookup = "java:jboss/datasources/CoCreationDS")
    private DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    private TransactionManager transactionManager;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/camunda-job-executor")
    private ManagedExecutorService jobExecutorThreads;

    /**
     * Not used here: injecting it makes the container keep the persistence unit open until this
     * bean has stopped, so jobs running delegates that use JPA can end before it closes.
     */
    @PersistenceUnit(unitName = "cocreation")
    private EntityManagerFactory persistenceUnit;

    @Inject
    private DatabaseMigration databaseMigration;

    @Inject
    private ProcessModelDeployment processModels;

    @Inject
    private IdentitySetup identitySetup;

    private ProcessEngine processEngine;
    private JobExecutor jobExecutor;

    @PostConstruct
    void start() {
        databaseMigration.migrate();
        ProcessEngineConfigurationImpl configuration = configuration();
        processEngine = configuration.buildProcessEngine();
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(processEngine);
        processModels.deploy(processEngine);
        identitySetup.ensureGroupsAndAuthorizations(processEngine);
        jobExecutor = configuration.getJobExecutor();
        jobExecutor.start();
        LOG.info(() -> "Process engine '" + ENGINE_NAME + "' started");
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            // before anything the running jobs need goes away
            jobExecutor.shutdown();
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(processEngine);
            processEngine.close();
            LOG.info(() -> "Process engine '" + ENGINE_NAME + "' stopped");
        }
    }

    public ProcessEngine processEngine() {
        return processEngine;
    }

    private ProcessEngineConfigurationImpl configuration() {
        CdiJtaProcessEngineConfiguration configuration = new CdiJtaProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        // Ids need no extra transaction and stay unique across a cluster.
        configuration.setIdGenerator(new StrongUuidGenerator());

        configuration.setAuthorizationEnabled(true);
        // The role groups are named like "program-manager" (see Groups).
        configuration.setGroupResourceWhitelistPattern("[a-z]+(-[a-z]+)*");
        configuration.setAdminGroups(new ArrayList<>(List.of(Groups.ADMIN)));
        // Candidates may claim and complete their tasks, not reassign or edit them.
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new DocumentationIsNotASubject())));
        // One bcrypt hash per password, readable by the server's security realm as it is.
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor());
        configuration.setSaltGenerator(new BcryptPasswordEncryptor.EmbeddedSalt());

        // The job executor is started once the models are deployed.
        configuration.setJobExecutorActivate(false);
        configuration.setJobExecutorDeploymentAware(false);
        configuration.setJobExecutor(new DrainingJobExecutor(jobExecutorThreads, RUNNING_JOBS_PATIENCE));
        configuration.setHistoryCleanupBatchWindowStartTime("01:00");
        configuration.setHistoryCleanupBatchWindowEndTime("05:00");
        return configuration;
    }
}
