package org.specloop.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Axon deadlines (the requalification due dates) kept in the table scheduled_tasks, so they survive
 * a restart and fire on one node of several: with this Scheduler bean, Axon's auto-configuration
 * replaces the in-memory SimpleDeadlineManager by its DbSchedulerDeadlineManager and registers the
 * tasks. A deadline is written in the transaction of the handler that scheduled it, so it exists
 * exactly when the saga state does. The scheduler starts polling once the application is ready (due
 * deadlines need the saga processors running) and stops with the context.
 */
@Configuration
public class DeadlineSchedulerConfiguration {

    @Bean(destroyMethod = "stop")
    public Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, DeadlineProperties properties) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), new ArrayList<>(tasks))
                .tableName("scheduled_tasks")
                .threads(properties.threads())
                .pollingInterval(properties.pollInterval())
                .build();
    }

    @Bean
    public ApplicationListener<ApplicationReadyEvent> deadlineSchedulerStart(Scheduler deadlineScheduler) {
        return ready -> {
            if (!deadlineScheduler.getSchedulerState().isStarted()) {
                deadlineScheduler.start();
            }
        };
    }
}
