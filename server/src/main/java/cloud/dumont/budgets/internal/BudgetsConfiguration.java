package cloud.dumont.budgets.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BudgetsProperties.class)
class BudgetsConfiguration {}
