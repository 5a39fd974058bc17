package cloud.dumont.deployment.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the engine's settings and its periodic jobs (orphan sweep, notify-me checks, status gauges). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({DeploymentProperties.class, HibernationProperties.class, Failover.Properties.class})
class DeploymentConfiguration {}
