package vn.langso.devices;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(DevicesSettings.class)
class DevicesConfiguration {

	@Bean
	@ConditionalOnProperty(name = "langso.devices.embedded-broker", havingValue = "true", matchIfMissing = true)
	EmbeddedBroker embeddedBroker(DevicesSettings settings, DeviceRepository devices) {
		return new EmbeddedBroker(settings, devices);
	}

	@Bean
	MqttLink mqttLink(DevicesSettings settings, DeviceInbox inbox,
			org.springframework.beans.factory.ObjectProvider<EmbeddedBroker> embedded) {
		return new MqttLink(settings, inbox, embedded);
	}

}
