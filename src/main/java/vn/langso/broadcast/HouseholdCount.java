package vn.langso.broadcast;

import java.util.Collection;
import java.util.OptionalLong;

/**
 * How many households live in the given villages: the denominator of an announcement's reach. The
 * community module's household registry answers it; until a bean implements this, reach shows the
 * device and recipient counts and says the household figure is unknown.
 */
public interface HouseholdCount {

	OptionalLong households(long communeId, Collection<Long> villageIds);

}
