package vn.langso.economy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The rendered trace pages, gzipped, per batch and language: a label scanned a thousand times is read from
 * the database and rendered once. The cache is bounded by the bytes it holds
 * ({@code langso.economy.trace-cache.max-size}, default 64MB), least recently used first out. A batch's
 * pages leave it when the batch gets a new event, and every page of a product, producer or growing area
 * leaves it when that changes — at once and again after the change commits, and a page rendered while a
 * change was under way is not kept, so the cache never serves what the database no longer says. A page
 * is also re-rendered after {@code langso.economy.trace-cache.time-to-live} (default 10 minutes), which
 * bounds how stale a page can be on a node that did not see the change (several nodes).
 */
@Component
public class TracePages {

	/** One rendered page: gzipped HTML, its weak ETag and the things whose change makes it stale. */
	public record Page(byte[] gzip, String etag, String contentType, long batchId, long productId, long producerId,
			Long areaId, java.time.Instant rendered) {
	}

	private final long maxBytes;

	private final Map<String, Page> pages = new LinkedHashMap<>(1024, 0.75f, true);

	private long bytes;

	private final AtomicLong generation = new AtomicLong();

	private final AtomicLong hits = new AtomicLong();

	private final AtomicLong misses = new AtomicLong();

	private final ReferenceCache references;

	private final Clock clock;

	private final Duration timeToLive;

	TracePages(@Value("${langso.economy.trace-cache.max-size:64MB}") DataSize maxSize,
			@Value("${langso.economy.trace-cache.time-to-live:PT10M}") Duration timeToLive, Clock clock) {
		this.maxBytes = maxSize.toBytes();
		this.timeToLive = timeToLive;
		this.clock = clock;
		this.references = new ReferenceCache(clock, Duration.ofSeconds(60));
	}

	/** What the trace page reads of products, producers, communes and areas, forgotten with the pages. */
	ReferenceCache references() {
		return references;
	}

	/** The kept page, unless it is older than {@code langso.economy.trace-cache.time-to-live} (default 10 minutes). */
	public Optional<Page> get(String key) {
		Page page;
		synchronized (pages) {
			page = pages.get(key);
			if (page != null && page.rendered().plus(timeToLive).isBefore(clock.instant())) {
				pages.remove(key);
				bytes -= page.gzip().length;
				page = null;
			}
		}
		(page == null ? misses : hits).incrementAndGet();
		return Optional.ofNullable(page);
	}

	/** Read before reading the database for a page; {@link #put} keeps the page only if nothing changed since. */
	public long generation() {
		return generation.get();
	}

	/** Gzips and (if no change happened since {@code generationAtStart} and it fits) keeps a rendered page. */
	public Page put(String key, long generationAtStart, TraceView trace, byte[] html, String contentType) {
		byte[] gzip = gzip(html);
		Page page = new Page(gzip, "W/\"" + digest(gzip) + "\"", contentType, trace.batch().id(), trace.product().id(),
				trace.producer().id(), trace.area() == null ? null : trace.area().id(), clock.instant());
		if (gzip.length > maxBytes) {
			return page;
		}
		synchronized (pages) {
			if (generation.get() != generationAtStart) {
				return page;
			}
			Page previous = pages.put(key, page);
			bytes += gzip.length - (previous == null ? 0 : previous.gzip().length);
			Iterator<Page> eldest = pages.values().iterator();
			while (bytes > maxBytes && eldest.hasNext()) {
				bytes -= eldest.next().gzip().length;
				eldest.remove();
			}
		}
		return page;
	}

	/** The batch got a new event. */
	void batchChanged(long batchId) {
		evict(null, page -> page.batchId() == batchId);
	}

	void productChanged(long productId) {
		evict("product:" + productId, page -> page.productId() == productId);
	}

	void producerChanged(long producerId) {
		evict("producer:" + producerId, page -> page.producerId() == producerId);
	}

	void areaChanged(long areaId) {
		evict("area:" + areaId, page -> page.areaId() != null && page.areaId() == areaId);
	}

	private void evict(String reference, Predicate<Page> stale) {
		remove(reference, stale);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					remove(reference, stale);
				}
			});
		}
	}

	private void remove(String reference, Predicate<Page> stale) {
		if (reference != null) {
			references.forget(reference);
		}
		synchronized (pages) {
			generation.incrementAndGet();
			Iterator<Page> all = pages.values().iterator();
			while (all.hasNext()) {
				Page page = all.next();
				if (stale.test(page)) {
					bytes -= page.gzip().length;
					all.remove();
				}
			}
		}
	}

	public long bytes() {
		synchronized (pages) {
			return bytes;
		}
	}

	public int size() {
		synchronized (pages) {
			return pages.size();
		}
	}

	public long hits() {
		return hits.get();
	}

	public long misses() {
		return misses.get();
	}

	static byte[] gzip(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String digest(byte[] data) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
