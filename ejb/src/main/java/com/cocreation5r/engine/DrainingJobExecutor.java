package com.cocreation5r.engine;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * The engine's job executor on the server's managed executor, which on shutdown waits for the jobs
 * it is running to end.
 *
 * <p>The managed executor's threads outlive the application: a job still running when the EAR
 * undeploys would meet a closed persistence unit, fail, and stay locked until its lock expires
 * minutes later. Shutting down first stops the acquisition and waits for it to hand over its last
 * batch, then waits for every batch handed over: batches not started yet only unlock their jobs
 * (the engine does so once the executor is inactive), the running ones finish their job.
 */
public class DrainingJobExecutor extends JobExecutor {

    private static final Logger LOG = Logger.getLogger(DrainingJobExecutor.class.getName());

    private final ManagedExecutorService threads;
    private final Duration patience;
    private final Set<Future<?>> batches = ConcurrentHashMap.newKeySet();
    private Future<?> acquisition;

    /**
     * @param threads the managed executor running the acquisition and the jobs
     * @param patience how long shutdown waits for the running jobs, after which they are left to
     *     their lock's expiry
     */
    public DrainingJobExecutor(ManagedExecutorService threads, Duration patience) {
        this.threads = threads;
        this.patience = patience;
    }

    @Override
    protected void startExecutingJobs() {
        try {
            acquisition = threads.submit(acquireJobsRunnable);
        } catch (RejectedExecutionException e) {
            throw new ProcessEngineException("Could not start the job acquisition", e);
        }
    }

    @Override
    public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        try {
            Runnable batch = getExecuteJobsRunnable(jobIds, processEngine);
            batches.add(threads.submit(batch));
            batches.removeIf(Future::isDone);
        } catch (RejectedExecutionException e) {
            logRejectedExecution(processEngine, jobIds.size());
            rejectedJobsHandler.jobsRejected(jobIds, processEngine, this);
        }
    }

    /** Called by {@link #shutdown()} once the acquisition was told to stop. */
    @Override
    protected void stopExecutingJobs() {
        long deadline = System.nanoTime() + patience.toNanos();
        awaitQuietly(acquisition, deadline);
        batches.removeIf(Future::isDone);
        if (!batches.isEmpty()) {
            LOG.info(() -> "Waiting up to " + patience.toSeconds() + " s for " + batches.size()
                    + " job batch(es) still running");
        }
        batches.forEach(batch -> awaitQuietly(batch, deadline));
        long unfinished = batches.stream().filter(batch -> !batch.isDone()).count();
        batches.clear();
        if (unfinished > 0) {
            LOG.warning(() -> unfinished + " job batch(es) still running at shutdown; their jobs are retried when their lock expires");
        } else {
            LOG.info("Job executor stopped; no job is running");
        }
    }

    private static void awaitQuietly(Future<?> task, long deadline) {
        if (task == null) {
            return;
        }
        try {
            task.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // a failed job is the engine's to retry; one still running is logged by the caller
        }
    }
}
