package vn.langso.dossier;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The last dossier number given out in a commune on a day. */
@Entity
@Table(name = "dossier_code_counter")
class CodeCounter {

	@Embeddable
	record Key(@Column(name = "commune_id") long communeId, @Column(name = "counter_day") LocalDate day) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(name = "last_number")
	private int lastNumber;

	protected CodeCounter() {
	}

	CodeCounter(Key key, int lastNumber) {
		this.key = key;
		this.lastNumber = lastNumber;
	}

	int lastNumber() {
		return lastNumber;
	}

}
