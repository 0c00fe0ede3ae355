package vn.langso.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.langso.MutableClock;

/** The trace-page cache stays within its byte bound, drops the least recently used first and forgets stale pages. */
class TracePagesTests {

	static TraceView trace(long batchId, long productId, long producerId) {
		BatchView batch = new BatchView(batchId, productId, "Bưởi", null, "02900001000017", "L" + batchId, BigDecimal.TEN,
				"H87", null, null, "/01/02900001000017/10/L" + batchId);
		ProductView product = new ProductView(productId, 1, producerId, "Bưởi", ProductCategory.FOOD, "02900001000017", null, null,
				List.of(), null, null, null, "quả", true, List.of());
		ProducerView producer = new ProducerView(producerId, 1, null, ProducerKind.HOUSEHOLD, "Cơ sở", null, false, null, null, null,
				List.of());
		return new TraceView(batch, product, producer, "Xã", "xa", null, null, List.of(), "/01/x/10/L" + batchId);
	}

	/** Incompressible bytes, so the gzipped size is about the raw size. */
	static byte[] noise(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	@Test
	void keepsAtMostItsByteBoundDroppingTheLeastRecentlyUsed() {
		TracePages pages = new TracePages(DataSize.ofKilobytes(10), Duration.ofMinutes(10), Clock.systemUTC());
		pages.put("a", pages.generation(), trace(1, 1, 1), noise(4000, 1), "text/html");
		pages.put("b", pages.generation(), trace(2, 1, 1), noise(4000, 2), "text/html");
		assertThat(pages.get("a")).isPresent(); // a is now the most recently used
		pages.put("c", pages.generation(), trace(3, 1, 1), noise(4000, 3), "text/html");
		assertThat(pages.bytes()).isLessThanOrEqualTo(10 * 1024);
		assertThat(pages.get("b")).isEmpty();
		assertThat(pages.get("a")).isPresent();
		assertThat(pages.get("c")).isPresent();
	}

	@Test
	void forgetsThePagesOfAChangedBatchProductOrProducer() {
		TracePages pages = new TracePages(DataSize.ofMegabytes(1), Duration.ofMinutes(10), Clock.systemUTC());
		byte[] html = "<!DOCTYPE html><p>Bưởi</p>".getBytes(StandardCharsets.UTF_8);
		pages.put("1|vi", pages.generation(), trace(1, 10, 100), html, "text/html");
		pages.put("1|en", pages.generation(), trace(1, 10, 100), html, "text/html");
		pages.put("2|vi", pages.generation(), trace(2, 10, 100), html, "text/html");
		pages.put("3|vi", pages.generation(), trace(3, 11, 101), html, "text/html");
		pages.batchChanged(1);
		assertThat(pages.get("1|vi")).isEmpty();
		assertThat(pages.get("1|en")).isEmpty();
		assertThat(pages.get("2|vi")).isPresent();
		pages.productChanged(10);
		assertThat(pages.get("2|vi")).isEmpty();
		assertThat(pages.get("3|vi")).isPresent();
		pages.producerChanged(101);
		assertThat(pages.size()).isZero();
		assertThat(pages.bytes()).isZero();
	}

	@Test
	void aPageRenderedWhileSomethingChangedIsNotKept() {
		TracePages pages = new TracePages(DataSize.ofMegabytes(1), Duration.ofMinutes(10), Clock.systemUTC());
		long generation = pages.generation();
		pages.batchChanged(7);
		pages.put("1|vi", generation, trace(1, 10, 100), "<p>old</p>".getBytes(StandardCharsets.UTF_8), "text/html");
		assertThat(pages.get("1|vi")).isEmpty();
	}

	@Test
	void aPageOlderThanItsTimeToLiveIsRenderedAgain() {
		MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
		TracePages pages = new TracePages(DataSize.ofMegabytes(1), Duration.ofMinutes(10), clock);
		pages.put("1|vi", pages.generation(), trace(1, 10, 100), "<p>a</p>".getBytes(StandardCharsets.UTF_8), "text/html");
		clock.now = clock.now.plus(Duration.ofMinutes(9));
		assertThat(pages.get("1|vi")).isPresent();
		clock.now = clock.now.plus(Duration.ofMinutes(2));
		assertThat(pages.get("1|vi")).isEmpty();
		assertThat(pages.bytes()).isZero();
	}

}
