package no.oslo.samarbeidsplakaten.export.service;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.base.DomainException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The few threads that render exports. Rendering a poster takes a whole core for a moment; on a small server a
 * burst of downloads must wait here rather than take the cores the live workshop needs. The threads also run at
 * low priority, and when the queue is full an export is refused at once with a message instead of waiting for long.
 */
@Component
public class ExportPool implements AutoCloseable {

    private final ThreadPoolExecutor executor;

    /** @param threads 0 for half the cores, at least one */
    ExportPool(@Value("${samarbeidsplakaten.export.threads:0}") int configuredThreads,
            @Value("${samarbeidsplakaten.export.queue:16}") int queue) {
        int threads = configuredThreads > 0 ? configuredThreads
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        var counter = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), task -> {
                    var thread = new Thread(task, "export-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    thread.setPriority(Thread.MIN_PRIORITY);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** @throws BusyException when too many exports are already waiting */
    public <T> CompletableFuture<T> submit(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, executor);
        } catch (RejectedExecutionException e) {
            throw new BusyException();
        }
    }

    /** Too many exports are waiting: try again in a moment. */
    public static class BusyException extends DomainException {

        BusyException() {
            super("error.export.busy");
        }
    }

    /** Exports rendering or waiting right now. */
    public int inFlight() {
        return executor.getActiveCount() + executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
