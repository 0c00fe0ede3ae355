package vn.langso.economy;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes the role keys of events stored before {@code economy_epcis_event_key} existed (the SQL migration
 * cannot read their JSON), a hundred per transaction, once: afterwards the query finds nothing to do.
 */
@Component
@Order(5)
class EventKeysBackfill implements ApplicationRunner {

	private final EpcisEventRepository events;

	private final TransactionTemplate transactions;

	EventKeysBackfill(EpcisEventRepository events, TransactionTemplate transactions) {
		this.events = events;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		while (Boolean.TRUE.equals(transactions.execute(status -> indexSome()))) {
			// next hundred
		}
	}

	private boolean indexSome() {
		List<EpcisEventRecord> batch = events.unindexed(PageRequest.of(0, 100));
		batch.forEach(EpcisEventRecord::indexKeys);
		return batch.size() == 100 && batch.stream().allMatch(e -> !e.keys().isEmpty());
	}

}
