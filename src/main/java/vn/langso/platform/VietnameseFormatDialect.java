package vn.langso.platform;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import vn.langso.shared.VietnameseFormats;

/**
 * {@code #vn} in every template: {@code #vn.date(x)}, {@code #vn.dateTime(x)}, {@code #vn.money(8000)},
 * {@code #vn.decimal(3.5, 2)}, {@code #vn.hectares(x)}, {@code #vn.percent(share, 1)}. Thymeleaf's own
 * {@code #temporals} formats instants in the JVM's default zone (UTC on most servers), so pages use this.
 */
@Component
class VietnameseFormatDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "vn";

	VietnameseFormatDialect() {
		super("Vietnamese formats");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? new Formats() : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

	/** The instance methods SpEL calls; each hands over to {@link VietnameseFormats}. */
	public static final class Formats {

		public String date(Object temporal) {
			return VietnameseFormats.date(temporal);
		}

		public String dateTime(Object temporal) {
			return VietnameseFormats.dateTime(temporal);
		}

		public String time(Object temporal) {
			return VietnameseFormats.time(temporal);
		}

		public String format(Object temporal, String pattern) {
			return VietnameseFormats.format(temporal, pattern);
		}

		public String money(Number vnd) {
			return VietnameseFormats.money(vnd);
		}

		public String integer(Number value) {
			return VietnameseFormats.integer(value);
		}

		public String decimal(Number value, int digits) {
			return VietnameseFormats.decimal(value, digits);
		}

		public String hectares(Number value) {
			return VietnameseFormats.hectares(value);
		}

		public String percent(Number share, int digits) {
			return VietnameseFormats.percent(share, digits);
		}

	}

}
