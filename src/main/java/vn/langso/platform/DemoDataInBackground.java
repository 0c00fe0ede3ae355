package vn.langso.platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;
import vn.langso.shared.DemoData;

/**
 * A fresh demo start is ready (health UP, pages answering) before the demo register is written:
 * each module's {@link DemoData} loader, when Spring Boot calls it in its order, is queued on one
 * background thread instead, so the loaders still run one after another in that same order (identity's
 * communes before the modules' data) while the application already serves. Off in tests
 * ({@code langso.demo-data.background=false}), which expect the demo data to be there when the context is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "langso.demo-data.background")
class DemoDataInBackground {

	private static final Logger log = LoggerFactory.getLogger(DemoDataInBackground.class);

	@Bean
	static DemoDataQueue demoDataQueue() {
		return new DemoDataQueue();
	}

	static final class DemoDataQueue implements BeanPostProcessor, DisposableBean {

		private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "demo-data");
			thread.setDaemon(true);
			return thread;
		});

		private final AtomicInteger pending = new AtomicInteger();

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!(bean instanceof DemoData loader)) {
				return bean;
			}
			int order = OrderUtils.getOrder(AopUtils.getTargetClass(loader), Ordered.LOWEST_PRECEDENCE);
			return new QueuedRunner(order, arguments -> {
				pending.incrementAndGet();
				worker.execute(() -> {
					long started = System.nanoTime();
					try {
						loader.run(arguments);
					}
					catch (Exception | Error failure) {
						log.error("Demo data {} failed in the background", beanName, failure);
					}
					finally {
						if (pending.decrementAndGet() == 0) {
							log.info("Demo data loaded in the background ({} ms for the last loader, {})",
									(System.nanoTime() - started) / 1_000_000, beanName);
						}
					}
				});
			});
		}

		@Override
		public void destroy() throws InterruptedException {
			worker.shutdownNow();
			worker.awaitTermination(5, TimeUnit.SECONDS);
		}

	}

	/** Keeps the loader's place among the application runners (its @Order) while it only queues the work. */
	record QueuedRunner(int order, ApplicationRunner queue) implements ApplicationRunner, Ordered {

		@Override
		public void run(ApplicationArguments arguments) throws Exception {
			queue.run(arguments);
		}

		@Override
		public int getOrder() {
			return order;
		}

	}

}
