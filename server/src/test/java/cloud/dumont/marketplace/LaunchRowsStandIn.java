package cloud.dumont.marketplace;

import cloud.dumont.deployment.LaunchEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the {@code template_launches} rows that {@code verified_usage} reads, for as long as the marketplace's own
 * usage recorder (a {@code LaunchEvent} listener of the usage analytics work) is not in the application. Once it is,
 * this stands aside (it checks for the recorder's bean) and can be deleted.
 */
@TestConfiguration(proxyBeanMethods = false)
class LaunchRowsStandIn {

    static final String RECORDER_BEAN = "usageRecorder";

    @Bean
    Recorder launchRowsStandInRecorder(JdbcClient jdbc, ListableBeanFactory beans) {
        return new Recorder(jdbc, beans);
    }

    static class Recorder {
        private final JdbcClient jdbc;
        private final ListableBeanFactory beans;

        Recorder(JdbcClient jdbc, ListableBeanFactory beans) {
            this.jdbc = jdbc;
            this.beans = beans;
        }

        @EventListener
        void on(LaunchEvent event) {
            if (event.templateId() == null || beans.containsBean(RECORDER_BEAN)) {
                return;
            }
            jdbc.sql("insert into template_launches (template_id, template_version, deployment_id, user_id, kind, at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            event.templateId(),
                            event.templateVersion(),
                            event.deploymentId(),
                            event.userId(),
                            event.kind().name(),
                            OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
                    .update();
        }
    }
}
