package vn.langso.economy;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** The trace-page cache at {@code /actuator/metrics/langso.economy.trace.cache.*}: hits, misses, pages, bytes. */
@Component
class TracePagesMetrics implements MeterBinder {

	private final TracePages pages;

	TracePagesMetrics(TracePages pages) {
		this.pages = pages;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("langso.economy.trace.cache.hits", pages, TracePages::hits).register(registry);
		FunctionCounter.builder("langso.economy.trace.cache.misses", pages, TracePages::misses).register(registry);
		Gauge.builder("langso.economy.trace.cache.pages", pages, TracePages::size).register(registry);
		Gauge.builder("langso.economy.trace.cache.bytes", pages, TracePages::bytes).baseUnit("bytes").register(registry);
	}

}
